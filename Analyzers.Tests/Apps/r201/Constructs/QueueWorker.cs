using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Lambda.EventSources;
using Amazon.CDK.AWS.SQS;

namespace Platform.Constructs;

public sealed class QueueWorkerProps
{
    public required Duration Timeout { get; init; }
    public IDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();
}

public sealed class QueueWorker : Construct
{
    public Queue Queue { get; }
    public Amazon.CDK.AWS.Lambda.Function Handler { get; }

    public QueueWorker(Construct scope, string id, QueueWorkerProps props) : base(scope, id)
    {
        Queue = new Queue(this, "Queue"); //! CDK109
        Handler = new Amazon.CDK.AWS.Lambda.Function(this, "Handler", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
            Timeout = props.Timeout,
            Environment = props.Variables,
        });
        Handler.AddEventSource(new SqsEventSource(Queue));
    }
}
