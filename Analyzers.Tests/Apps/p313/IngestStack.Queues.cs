using Amazon.CDK;
using Amazon.CDK.AWS.SQS;

public partial class IngestStack
{
    private Queue CreateQueue() => new(this, "Incoming", new QueueProps { VisibilityTimeout = Duration.Seconds(40) }); //! CDK109
}
