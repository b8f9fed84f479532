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
new RegistryStack(app, "Registry");
app.Synth();

public class RegistryStack : Stack
{
    public RegistryStack(Construct scope, string id) : base(scope, id)
    {
        var names = new QueueNames("Registry");
        Queue First() => new Queue(this, string.Format(CultureInfo.InvariantCulture, "{0}Queue", names.Prefix));
        Queue Second() => new Queue(this, string.Format(CultureInfo.InvariantCulture, "{0}Queue", names.Prefix));
        var a = First();
        var b = Second(); //! CDK110
        new CfnOutput(this, "FirstUrl", new CfnOutputProps { Value = a.QueueUrl });
        new CfnOutput(this, "SecondUrl", new CfnOutputProps { Value = b.QueueUrl });
    }
}

public sealed record QueueNames(string Prefix);
