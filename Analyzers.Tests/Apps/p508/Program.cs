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
foreach (var (stage, account) in Targets())
{
    new ServiceStack(app, $"Service-{stage}", new StackProps
    {
        Env = new Environment { Account = account, Region = "eu-west-1" },
    });
}
app.Synth();

static IEnumerable<(string Stage, string Account)> Targets()
{
    yield return ("dev", "210987654321"); //! CDK201
    yield return ("prod", "123456789012"); //! CDK202
}

public class ServiceStack : Stack
{
    public ServiceStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var queue = new Queue(this, "Work");
        new CfnOutput(this, "WorkUrl", new CfnOutputProps { Value = queue.QueueUrl });
    }
}
