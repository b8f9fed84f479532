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
var env = new Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = "eu-west-1" };
new ServiceStack(app, "Blue", new StackProps { Env = env }, "blue");
new ServiceStack(app, "Green", new StackProps { Env = env }, "green");
app.Synth();

public class ServiceStack : Stack
{
    public ServiceStack(Construct scope, string id, IStackProps props, string color) : base(scope, id, props)
    {
        var table = new Table(this, "Sessions", new TableProps
        {
            TableName = $"service-sessions-{color}",
            PartitionKey = new Attribute { Name = "sessionId", Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "createdAt", Type = AttributeType.STRING },
        });
        var function = new Function(this, "Handler", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
            FunctionName = $"{Stack.Of(this).StackName}-handler",
        });
        function.AddEnvironment("TABLE_NAME", table.TableName);
        new CfnOutput(this, "SessionsTable", new CfnOutputProps { Value = table.TableName });
        new CfnOutput(this, "HandlerName", new CfnOutputProps { Value = function.FunctionName });
    }
}
