using Amazon.CDK;
using Amazon.CDK.AWS.SQS;
using Amazon.CDK.AWS.DynamoDB;
using Constructs;
using Shop.Infra.Config;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;

namespace Shop.Infra;

public sealed class SharedStack : Stack
{
    public SharedStack(Construct scope, string id, Target target)
        : base(scope, id, new StackProps { Env = new Amazon.CDK.Environment { Account = target.Account, Region = target.Region } })
    {
        Orders = new Queue(this, "Orders", new QueueProps { VisibilityTimeout = Duration.Seconds(60) }); //! CDK109
        Table = new Table(this, "Carts", new TableProps
        {
            PartitionKey = new Attribute { Name = "cartId", Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "item_id", Type = AttributeType.STRING }, //! CDK401
        });
        new CfnOutput(this, "OrdersUrl", new CfnOutputProps { Value = Orders.QueueUrl });
        new CfnOutput(this, "CartsTable", new CfnOutputProps { Value = Table.TableName });
    }

    public Queue Orders { get; }
    public Table Table { get; }
}
