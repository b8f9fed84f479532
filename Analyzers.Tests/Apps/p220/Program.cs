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
new PipelineStack(app, "Pipeline", new RepoSettings("acme", "infra", "ghp_4f8a9c2e1b7d3f6a0c5e8b2d9f1a4c7e3b6d")); //! CDK601
app.Synth();

public record RepoSettings(string Owner, string Name, string Token);

public class PipelineStack : Stack
{
    public PipelineStack(Construct scope, string id, RepoSettings repo) : base(scope, id)
    {
        var secret = SecretValue.UnsafePlainText(repo.Token);
        new CfnOutput(this, "Repo", new CfnOutputProps { Value = $"{repo.Owner}/{repo.Name}:{secret.ToString().Length}" });
    }
}
