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
new PipelineStack(app, "Pipeline");
app.Synth();

public interface IQueueProvider
{
    IQueue Queue { get; }
}

public sealed class JobsConstruct : Construct, IQueueProvider
{
    private readonly Queue _queue;

    public JobsConstruct(Construct scope, string id) : base(scope, id)
    {
        _queue = new Queue(this, "Queue", new QueueProps { VisibilityTimeout = Duration.Seconds(10) }); //! CDK109
    }

    public IQueue Queue => _queue;
}

public class PipelineStack : Stack
{
    public PipelineStack(Construct scope, string id) : base(scope, id)
    {
        IQueueProvider provider = new JobsConstruct(this, "Jobs");
        Consume(provider);
        new CfnOutput(this, "JobsUrl", new CfnOutputProps { Value = provider.Queue.QueueUrl });
    }

    private void Consume(IQueueProvider provider)
    {
        var fn = new Function(this, "Worker", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "app.handler",
            Code = Code.FromInline("def handler(e, c): pass"),
            Timeout = Duration.Seconds(20),
        });
        fn.AddEventSource(new SqsEventSource(provider.Queue));
    }
}
