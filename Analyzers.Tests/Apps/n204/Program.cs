using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SQS;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.KMS;
using Constructs;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
using Function = Amazon.CDK.AWS.Lambda.Function;
using Environment = Amazon.CDK.Environment;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.StepFunctions;
using Amazon.CDK.AWS.Lambda.EventSources;
using Amazon.CDK.AWS.SSM;
using LogLevel = Amazon.CDK.AWS.StepFunctions.LogLevel;
using System.Text;
using System.Globalization;

var app = new App();
foreach (var region in new[] { "eu-west-1", "us-east-1" })
    new RegionalStack(app, $"Regional-{region}", new StackProps { Env = new Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = region } });
app.Synth();

public class RegionalStack : Stack
{
    public RegionalStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var table = new Table(this, "Orders", new TableProps
        {
            TableName = "orders",
            PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "sk", Type = AttributeType.STRING },
        });
        var vpc = Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true });
        new CfnOutput(this, "OrdersTable", new CfnOutputProps { Value = table.TableName + vpc.VpcId });
    }
}
