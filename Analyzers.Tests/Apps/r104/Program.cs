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
using System.Text;
using System.Globalization;

var app = new App();
new TenantStack(app, "TenantA", new StackProps { Env = Accounts.Prod });
new TenantStack(app, "TenantB", new StackProps { Env = Accounts.Prod });
app.Synth();

public static class Accounts
{
    public static readonly Environment Prod = new()
    {
        Account = System.Environment.GetEnvironmentVariable("PROD_ACCOUNT"),
        Region = "eu-west-1",
    };
}

public sealed class TenantStack : Stack
{
    private const string TableName = "tenant-orders";

    public TenantStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var table = new Table(this, "Orders", new TableProps
        {
            TableName = TableName, //! CDK205
            PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },
        });
        new CfnOutput(this, "OrdersTable", new CfnOutputProps { Value = table.TableName });
    }
}
