using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Lambda.EventSources;
using Amazon.CDK.AWS.SQS;
using Constructs;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
using Function = Amazon.CDK.AWS.Lambda.Function;

namespace MediaJobs;

/// <summary>
/// Accepts transcoding jobs over an API function, queues one job per rendition, and runs them on a worker.
/// </summary>
public sealed class MediaJobsStack : Stack
{
    private const string TranscoderApiKey = "tk_live_9fQ2xR7mKp4LwZ8vYb3N";

    public MediaJobsStack(Construct scope, string id, JobSettings settings, IStackProps props) : base(scope, id, props)
    {
        Amazon.CDK.Tags.Of(this).Add("service", settings.Service);

        var jobs = new Table(this, "Jobs", new TableProps
        {
            TableName = "media-jobs",
            PartitionKey = new Attribute { Name = "jobId", Type = AttributeType.STRING },
            BillingMode = BillingMode.PAY_PER_REQUEST,
        });

        var api = new Function(this, "JobApi", new FunctionProps
        {
            Runtime = Runtime.DOTNET_6,
            Handler = "JobApi::JobApi.Function::Handle",
            Code = Code.FromAsset("handlers"),
            FunctionName = $"{id}-job-api",
        });
        jobs.GrantReadWriteData(api);

        var worker = new Function(this, "Worker", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("def handler(event, context):\n    return {'done': len(event['Records'])}\n"),
            Timeout = Duration.Minutes(settings.WorkerMinutes),
            Environment = new Dictionary<string, string>
            {
                ["JOBS_TABLE"] = jobs.TableName,
                ["TRANSCODER_API_KEY"] = TranscoderApiKey,
            },
        });
        jobs.GrantReadWriteData(worker);

        // One queue per rendition, consumed by the worker.
        foreach (var rendition in settings.Renditions)
        {
            var queue = new Queue(this, "RenditionQueue", new QueueProps { RetentionPeriod = Duration.Days(1) });
            worker.AddEventSource(new SqsEventSource(queue));
            queue.GrantSendMessages(api);
        }

        var ordered = new Queue(this, "OrderedJobs", new QueueProps { Fifo = true, QueueName = "ordered-jobs" });
        ordered.GrantSendMessages(api);

        new CfnOutput(this, "JobsTableName", new CfnOutputProps { Value = jobs.TableName });
        new CfnOutput(this, "JobApiName", new CfnOutputProps { Value = api.FunctionName });
        new CfnOutput(this, "OrderedJobsUrl", new CfnOutputProps { Value = ordered.QueueUrl });
    }
}
