using Amazon.CDK.AWS.S3;
using Platform.Constructs;

namespace Platform.Stacks;

public sealed class WorkersStack : Stack
{
    public WorkersStack(Construct scope, string id, AppConfig config, IBucket uploads)
        : base(scope, id, new StackProps { Env = config.Environment })
    {
        var billing = new QueueWorker(this, "Billing", new QueueWorkerProps
        {
            Timeout = Duration.Minutes(2),
            Variables = new Dictionary<string, string> { ["S3_BUCKET"] = uploads.BucketName, ["AWS_DEFAULT_REGION"] = config.Region }, //! CDK101
        });
        _ = new CfnOutput(this, "BillingQueueUrl", new CfnOutputProps { Value = billing.Queue.QueueUrl });
    }
}
