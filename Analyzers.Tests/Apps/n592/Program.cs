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
var first = new TenantStack(app, "First", isProduction: true);
var second = new TenantStack(app, "Second", isProduction: false);
app.Synth();

public class TenantStack : Stack
{
    public TenantStack(Construct scope, string id, bool isProduction) : base(scope, id)
    {
        Queue jobs;
        if (isProduction)
            jobs = new Queue(this, "Jobs", new QueueProps { RetentionPeriod = Duration.Days(14) });
        else
            jobs = new Queue(this, "Jobs");
        var topic = isProduction
            ? new Topic(this, "Events", new TopicProps { DisplayName = "prod" })
            : new Topic(this, "Events");
        foreach (var tenant in new[] { "alpha", "beta" })
        {
            var tenantScope = new Construct(this, tenant);
            new Queue(tenantScope, "Inbox");
        }
        EnsureAudit();
        EnsureAudit();
        new CfnOutput(this, "JobsUrl", new CfnOutputProps { Value = jobs.QueueUrl });
        new CfnOutput(this, "EventsArn", new CfnOutputProps { Value = topic.TopicArn });
    }

    private void EnsureAudit()
    {
        if (Node.TryFindChild("Audit") is null)
            new Topic(this, "Audit");
    }
}
