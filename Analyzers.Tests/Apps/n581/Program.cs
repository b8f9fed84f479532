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
new SafeLogsStack(app, "SafeLogs");
app.Synth();

public class SafeLogsStack : Stack
{
    public SafeLogsStack(Construct scope, string id) : base(scope, id)
    {
        var key = new Key(this, "LogsKey", new KeyProps { EnableKeyRotation = true });
        key.GrantEncryptDecrypt(new ServicePrincipal($"logs.{Stack.Of(this).Region}.amazonaws.com"));
        var group = new LogGroup(this, "Logs", new LogGroupProps { EncryptionKey = key });
        var images = Repository.FromRepositoryName(this, "Images", "base-images");
        var task = new FargateTaskDefinition(this, "Task");
        task.AddContainer("App", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(images, "v3") });
        var machine = new StateMachine(this, "Flow", new StateMachineProps
        {
            DefinitionBody = DefinitionBody.FromChainable(new Pass(this, "Start")),
            Logs = new LogOptions { Destination = group, Level = LogLevel.ALL },
        });
        new CfnOutput(this, "LogGroup", new CfnOutputProps { Value = group.LogGroupName });
        new CfnOutput(this, "TaskArn", new CfnOutputProps { Value = task.TaskDefinitionArn });
        new CfnOutput(this, "FlowArn", new CfnOutputProps { Value = machine.StateMachineArn });
    }
}
