using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.S3;
using Constructs;
using Shop.Configuration;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;

namespace Shop.Stacks;

public sealed class DataStackProps : StackProps
{
    public required StageSettings Settings { get; init; }
}

public sealed class DataStack : Stack
{
    public Table Orders { get; }
    public Bucket Media { get; }

    public DataStack(Construct scope, string id, DataStackProps props) : base(scope, id, props)
    {
        var settings = props.Settings;
        Orders = new Table(this, "Orders", new TableProps
        {
            PartitionKey = new Attribute { Name = "tenantId", Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "order_date", Type = AttributeType.STRING }, //! CDK401
            BillingMode = BillingMode.PAY_PER_REQUEST,
        });
        Media = new Bucket(this, "Media", new BucketProps
        {
            BucketName = $"{settings.Prefix}-Media-{settings.Stage}", //! CDK102
        });
        _ = new CfnOutput(this, "OrdersTable", new CfnOutputProps { Value = Orders.TableName });
        _ = new CfnOutput(this, "MediaBucket", new CfnOutputProps { Value = Media.BucketName });
    }
}
