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
new DbStack(app, "Db", new DbSettings("orders", "Sup3rS3cret!")); //! CDK601
app.Synth();

public sealed record DbSettings(string Name, string Password);

public class DbStack : Stack
{
    public DbStack(Construct scope, string id, DbSettings settings) : base(scope, id)
    {
        var secret = new Amazon.CDK.AWS.SecretsManager.Secret(this, "DbSecret", new Amazon.CDK.AWS.SecretsManager.SecretProps
        {
            SecretStringValue = SecretValue.UnsafePlainText(settings.Password),
        });
        new CfnOutput(this, "SecretArn", new CfnOutputProps { Value = secret.SecretArn });
    }
}
