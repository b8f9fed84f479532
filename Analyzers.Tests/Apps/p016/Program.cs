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

var app = new App();
new KeysStack(app, "Keys");
app.Synth();

public class KeysStack : Stack
{
    public KeysStack(Construct scope, string id) : base(scope, id)
    {
        var key = CreateKey("Audit");
        var logs = new LogGroup(this, "AuditLogs", new LogGroupProps { EncryptionKey = key, Retention = RetentionDays.ONE_MONTH }); //! CDK105
        new CfnOutput(this, "AuditLogGroup", new CfnOutputProps { Value = logs.LogGroupName });
    }

    private Key CreateKey(string name) => new(this, $"{name}Key", new KeyProps { EnableKeyRotation = true });
}
