using Amazon.CDK;
using Amazon.CDK.AWS.SQS;
using Constructs;

namespace Orders.Constructs;

public sealed record ServiceQueueProps(int VisibilitySeconds = 30, int RetentionDays = 4);

public sealed class ServiceQueue : Construct
{
    public ServiceQueue(Construct scope, string id, ServiceQueueProps props) : base(scope, id)
    {
        Queue = new Queue(this, "Queue", new QueueProps
        {
            VisibilityTimeout = Duration.Seconds(props.VisibilitySeconds),
            RetentionPeriod = Duration.Days(props.RetentionDays),
        });
    }

    public Queue Queue { get; }
}
