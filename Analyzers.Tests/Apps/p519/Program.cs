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
var settings = new AppSettings(Account: System.Environment.GetEnvironmentVariable("DEPLOY_ACCOUNT") ?? "000000000000"); //! CDK202
new BillingStack(app, "Billing", settings);
app.Synth();

public sealed record AppSettings(string Account, string Region = "eu-west-1");

public class BillingStack : Stack
{
    public BillingStack(Construct scope, string id, AppSettings settings)
        : base(scope, id, new StackProps { Env = new Environment { Account = settings.Account, Region = settings.Region } })
    {
        var topic = new Topic(this, "Invoices");
        new CfnOutput(this, "InvoicesArn", new CfnOutputProps { Value = topic.TopicArn });
    }
}
