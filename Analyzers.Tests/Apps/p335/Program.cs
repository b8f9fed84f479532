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
new ServiceStack(app, "Service");
app.Synth();

public sealed record ServiceImage(Repository Repository, string Tag);

public sealed class Service : Construct
{
    public Service(Construct scope, string id, ServiceImage image) : base(scope, id)
    {
        var task = new FargateTaskDefinition(this, "Task");
        task.AddContainer("App", new ContainerDefinitionOptions
        {
            Image = ContainerImage.FromEcrRepository(image.Repository, image.Tag), //! CDK502
            MemoryLimitMiB = 512,
        });
    }
}

public class ServiceStack : Stack
{
    public ServiceStack(Construct scope, string id) : base(scope, id)
    {
        var repository = new Repository(this, "Images");
        new Service(this, "Api", new ServiceImage(repository, "latest"));
        new CfnOutput(this, "RepositoryUri", new CfnOutputProps { Value = repository.RepositoryUri });
    }
}
