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
new KeysStack(app, "Keys");
app.Synth();

public static class Logging
{
    public static LogGroup Encrypted(Construct scope, string id, IKey key) => new(scope, id, new LogGroupProps { EncryptionKey = key });
}

public class KeysStack : Stack
{
    public KeysStack(Construct scope, string id) : base(scope, id)
    {
        var key = new Key(this, "Logs");
        var api = Logging.Encrypted(this, "Api", key); //! CDK105
        new CfnOutput(this, "ApiGroup", new CfnOutputProps { Value = api.LogGroupName });
    }
}
