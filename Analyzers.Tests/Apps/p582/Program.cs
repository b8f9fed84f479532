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
new TracesStack(app, "Traces");
app.Synth();

public sealed class EncryptedLogs : Construct
{
    public LogGroup Group { get; }

    public EncryptedLogs(Construct scope, string id, IKey key) : base(scope, id)
    {
        Group = new LogGroup(this, "Group", new LogGroupProps { EncryptionKey = key, Retention = RetentionDays.ONE_WEEK });
    }
}

public class TracesStack : Stack
{
    public TracesStack(Construct scope, string id) : base(scope, id)
    {
        var key = new Key(this, "TracesKey");
        key.GrantEncryptDecrypt(new AccountRootPrincipal());
        var logs = new EncryptedLogs(this, "Traces", key); //! CDK105
        new CfnOutput(this, "TracesLogGroup", new CfnOutputProps { Value = logs.Group.LogGroupName });
    }
}
