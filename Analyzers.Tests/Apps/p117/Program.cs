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
new RepoStack(app, "Repo");
app.Synth();

public class RepoStack : Stack
{
    public RepoStack(Construct scope, string id) : base(scope, id)
    {
        var task = new FargateTaskDefinition(this, "Task");
        task.AddContainer("Imported", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(Repository.FromRepositoryName(this, "Existing", "acme-api")) });
        task.AddContainer("New", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(CreateRepo("worker")) }); //! CDK502
        new CfnOutput(this, "TaskArn", new CfnOutputProps { Value = task.TaskDefinitionArn });
    }

    private Repository CreateRepo(string name) => new(this, $"{name}Repo", new RepositoryProps { RepositoryName = $"acme-{name}" });
}
