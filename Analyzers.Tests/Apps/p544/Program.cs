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
var baseProps = new ServiceProps("eu-west-1", "blue");
new ServiceStack(app, "Blue", baseProps);
new ServiceStack(app, "Green", baseProps with { Color = "green" });
app.Synth();

public sealed record ServiceProps(string Region, string Color);

public class ServiceStack : Stack
{
    public ServiceStack(Construct scope, string id, ServiceProps props)
        : base(scope, id, new StackProps { Env = new Environment { Region = props.Region } })
    {
        var table = new Table(this, "Sessions", new TableProps
        {
            TableName = "service-sessions", //! CDK205
            PartitionKey = new Attribute { Name = "sessionId", Type = AttributeType.STRING },
        });
        new CfnOutput(this, "SessionsTable", new CfnOutputProps { Value = table.TableName });
    }
}
