using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Lambda.EventSources;
using Amazon.CDK.AWS.SecretsManager;
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
    public MediaJobsStack(Construct scope, string id, JobSettings settings, IStackProps props) : base(scope, id, props)
    {
        Amazon.CDK.Tags.Of(this).Add("service", settings.Service);

        // No physical name: the blue and the green stack each get their own table.
        var jobs = new Table(this, "Jobs", new TableProps
        {
            PartitionKey = new Attribute { Name = "jobId", Type = AttributeType.STRING },
            BillingMode = BillingMode.PAY_PER_REQUEST,
        });

        var api = new Function(this, "JobApi", new FunctionProps
        {
            Runtime = new Runtime("dotnet10", RuntimeFamily.DOTNET_CORE),
            Handler = "JobApi::JobApi.Function::Handle",
            Code = Code.FromAsset("handlers"),
            FunctionName = $"{id}-job-api",
        });
        jobs.GrantReadWriteData(api);

        // The transcoder's key lives in Secrets Manager; the worker reads it at run time.
        var transcoderKey = Secret.FromSecretNameV2(this, "TranscoderKey", "media-jobs/transcoder-api-key");
        var worker = new Function(this, "Worker", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("def handler(event, context):\n    return {'done': len(event['Records'])}\n"),
            Timeout = Duration.Minutes(settings.WorkerMinutes),
            Environment = new Dictionary<string, string>
            {
                ["JOBS_TABLE"] = jobs.TableName,
                ["TRANSCODER_KEY_SECRET_ARN"] = transcoderKey.SecretArn,
            },
        });
        jobs.GrantReadWriteData(worker);
        transcoderKey.GrantRead(worker);

        // One queue per rendition, consumed by the worker: six times its timeout, as Lambda recommends.
        foreach (var rendition in settings.Renditions)
        {
            var queue = new Queue(this, $"RenditionQueue{rendition}", new QueueProps
            {
                RetentionPeriod = Duration.Days(1),
                VisibilityTimeout = Duration.Minutes(6 * settings.WorkerMinutes),
            });
            worker.AddEventSource(new SqsEventSource(queue));
            queue.GrantSendMessages(api);
        }

        var ordered = new Queue(this, "OrderedJobs", new QueueProps { Fifo = true, QueueName = $"{id}-ordered-jobs.fifo" });
        ordered.GrantSendMessages(api);

        new CfnOutput(this, "JobsTableName", new CfnOutputProps { Value = jobs.TableName });
        new CfnOutput(this, "JobApiName", new CfnOutputProps { Value = api.FunctionName });
        new CfnOutput(this, "OrderedJobsUrl", new CfnOutputProps { Value = ordered.QueueUrl });
    }
}
