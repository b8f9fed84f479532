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
new SecretsStack(app, "Secrets");
app.Synth();

internal static class Credentials
{
    internal static class Database
    {
        public const string User = "app";
        public const string Password = "Tr0ub4dor&3-horse-staple"; //! CDK601
    }
}

public class SecretsStack : Stack
{
    public SecretsStack(Construct scope, string id) : base(scope, id)
    {
        var secret = new Amazon.CDK.AWS.SecretsManager.Secret(this, "Db", new Amazon.CDK.AWS.SecretsManager.SecretProps
        {
            SecretObjectValue = new Dictionary<string, SecretValue>
            {
                ["username"] = SecretValue.UnsafePlainText(Credentials.Database.User),
                ["password"] = SecretValue.UnsafePlainText(Credentials.Database.Password),
            },
        });
        new CfnOutput(this, "SecretArn", new CfnOutputProps { Value = secret.SecretArn });
    }
}
