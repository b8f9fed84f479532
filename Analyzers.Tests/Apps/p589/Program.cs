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
foreach (var tenant in new[] { "alpha", "beta" })
    new TenantStack(app, $"Tenant-{tenant}", new StackProps { Env = env });
app.Synth();

public class TenantStack : Stack
{
    public TenantStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var queue = new Queue(this, "Jobs", new QueueProps { QueueName = "tenant-jobs" }); //! CDK205
        new CfnOutput(this, "JobsUrl", new CfnOutputProps { Value = queue.QueueUrl });
    }
}
