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
new NamesStack(app, "Names");
app.Synth();

public class NamesStack : Stack
{
    public NamesStack(Construct scope, string id) : base(scope, id)
    {
        var prefix = "orders";
        var role = new Role(this, "Runner", new RoleProps
        {
            AssumedBy = new ServicePrincipal("lambda.amazonaws.com"),
            RoleName = $"{prefix}:runner", //! CDK111
        });
        var topic = new Topic(this, "Events", new TopicProps { TopicName = $"{prefix} events" }); //! CDK111
        new CfnOutput(this, "RunnerArn", new CfnOutputProps { Value = role.RoleArn });
        new CfnOutput(this, "EventsArn", new CfnOutputProps { Value = topic.TopicArn });
    }
}
