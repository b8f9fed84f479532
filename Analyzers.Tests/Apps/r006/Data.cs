using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SQS;
using Constructs;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;

namespace Infra;

public sealed class DataStackProps : StackProps
{
    public required string Stage { get; init; }
}

public sealed class DataStack : Stack
{
    public Table Orders { get; }
    public Bucket Uploads { get; }
    public Queue Events { get; }

    public DataStack(Construct scope, string id, DataStackProps props) : base(scope, id, props)
    {
        Orders = new Table(this, "Orders", new TableProps
        {
            PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "sk", Type = AttributeType.STRING },
            BillingMode = BillingMode.PAY_PER_REQUEST,
            TimeToLiveAttribute = "ttl",
        });
        Orders.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
        {
            IndexName = "gsi1",
            PartitionKey = new Attribute { Name = "gsi1pk", Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "gsi1sk", Type = AttributeType.STRING },
        });
        Uploads = new Bucket(this, "Uploads", new BucketProps
        {
            BucketName = $"acme-uploads-{props.Stage}-{Aws.ACCOUNT_ID}".ToLowerInvariant(),
            Encryption = BucketEncryption.S3_MANAGED,
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
        });
        var dlq = new Queue(this, "EventsDlq", new QueueProps { RetentionPeriod = Duration.Days(14) });
        Events = new Queue(this, "Events", new QueueProps
        {
            VisibilityTimeout = Duration.Minutes(6),
            DeadLetterQueue = new DeadLetterQueue { Queue = dlq, MaxReceiveCount = 3 },
        });
        foreach (var (name, value) in new[] { ("OrdersTable", Orders.TableName), ("UploadsBucket", Uploads.BucketName), ("EventsQueue", Events.QueueUrl) })
            _ = new CfnOutput(this, name, new CfnOutputProps { Value = value });
    }
}
