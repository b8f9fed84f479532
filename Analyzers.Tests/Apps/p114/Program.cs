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
var baseSettings = new QueueSettings("jobs", 30);
new WithStack(app, "With", baseSettings with { Name = "jobs.fifo" }); //! CDK111
app.Synth();

public record QueueSettings(string Name, int VisibilitySeconds, bool Fifo = false);

public class WithStack : Stack
{
    public WithStack(Construct scope, string id, QueueSettings settings) : base(scope, id)
    {
        var q = new Queue(this, "Jobs", new QueueProps
        {
            QueueName = settings.Name,
            Fifo = settings.Fifo,
            VisibilityTimeout = Duration.Seconds(settings.VisibilitySeconds),
        });
        new CfnOutput(this, "JobsUrl", new CfnOutputProps { Value = q.QueueUrl });
    }
}
