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
var images = new ImagesStack(app, "Images");
new ServiceStack(app, "Service", images.Repository);
app.Synth();

public class ImagesStack : Stack
{
    public Repository Repository { get; }

    public ImagesStack(Construct scope, string id) : base(scope, id)
    {
        Repository = new Repository(this, "Api", new RepositoryProps { RepositoryName = "api" });
        new CfnOutput(this, "RepositoryUri", new CfnOutputProps { Value = Repository.RepositoryUri });
    }
}

public class ServiceStack : Stack
{
    public ServiceStack(Construct scope, string id, IRepository repository) : base(scope, id)
    {
        var task = new FargateTaskDefinition(this, "Task");
        task.AddContainer("Api", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(repository, "v1") }); //! CDK502
        new CfnOutput(this, "TaskArn", new CfnOutputProps { Value = task.TaskDefinitionArn });
    }
}
