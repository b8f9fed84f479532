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
var app = new App();
new GrantStack(app, "Grant");
app.Synth();

public class GrantStack : Stack
{
    public GrantStack(Construct scope, string id) : base(scope, id)
    {
        var key = new Key(this, "Key");
        var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "index.handler", Code = Code.FromInline("x") });
        key.GrantEncryptDecrypt(fn);
        var logs = new LogGroup(this, "Logs", new LogGroupProps { EncryptionKey = key }); //! CDK105
        var ok = new Key(this, "OkKey");
        ok.Grant(new ServicePrincipal("logs.amazonaws.com"), "kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*", "kms:Describe*");
        var fine = new LogGroup(this, "Fine", new LogGroupProps { EncryptionKey = ok });
        new CfnOutput(this, "LogsName", new CfnOutputProps { Value = logs.LogGroupName });
        new CfnOutput(this, "FineName", new CfnOutputProps { Value = fine.LogGroupName });
    }
}
