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
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.ECR;
var app = new App();
var keys = new KeyStack(app, "Keys");
new LogsStack(app, "Logs", new LogsStackProps(keys.LogsKey));
app.Synth();

public class KeyStack : Stack
{
    public Key LogsKey { get; }
    public KeyStack(Construct scope, string id) : base(scope, id)
    {
        LogsKey = new Key(this, "LogsKey", new KeyProps { EnableKeyRotation = true });
        new CfnOutput(this, "KeyArn", new CfnOutputProps { Value = LogsKey.KeyArn });
    }
}

public record LogsStackProps(IKey Key);

public class LogsStack : Stack
{
    public LogsStack(Construct scope, string id, LogsStackProps props) : base(scope, id)
    {
        var group = new LogGroup(this, "App", new LogGroupProps { EncryptionKey = props.Key }); //! CDK105
        new CfnOutput(this, "Group", new CfnOutputProps { Value = group.LogGroupName });
    }
}
