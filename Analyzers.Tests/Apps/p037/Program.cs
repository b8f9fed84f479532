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

var app = new App();
new SourceStack(app, "Source", new SourceConfig("acme", "infra", "ghp_R8x2kLq9ZpT4vW7yN3mB6cD1fH5jK0sA2uE8")); //! CDK601
app.Synth();

public record SourceConfig(string Owner, string Repo, string Token);

public class SourceStack : Stack
{
    public SourceStack(Construct scope, string id, SourceConfig config) : base(scope, id)
    {
        var secret = new Amazon.CDK.AWS.SecretsManager.Secret(this, "GitHubToken", new Amazon.CDK.AWS.SecretsManager.SecretProps
        {
            SecretStringValue = SecretValue.UnsafePlainText(config.Token),
        });
        new CfnOutput(this, "SecretArn", new CfnOutputProps { Value = secret.SecretArn });
    }
}
