using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Lambda.EventSources;
using Amazon.CDK.AWS.SQS;
using Constructs;

namespace Shop.Constructs;

public sealed record QueueConsumerOptions(string Handler, Duration Timeout, Duration? QueueTimeout = null);

public sealed class QueueConsumer : Construct
{
    public Queue Queue { get; }

    public QueueConsumer(Construct scope, string id, QueueConsumerOptions options) : base(scope, id)
    {
        Queue = new Queue(this, "Queue", new QueueProps { VisibilityTimeout = options.QueueTimeout ?? Duration.Seconds(30) });
        var api = new ApiFunction(this, "Consumer", new ApiFunctionOptions { Handler = options.Handler, Timeout = options.Timeout });
        api.Function.AddEventSource(new SqsEventSource(Queue));
    }
}
