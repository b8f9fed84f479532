using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Constructs;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;

namespace Delivery;

public sealed class ServiceStage : Stage
{
    public ServiceStage(Construct scope, string id, IStageProps props) : base(scope, id, props)
    {
        _ = new ServiceStack(this, "Service");
    }
}

public sealed class ServiceStack : Stack
{
    public ServiceStack(Construct scope, string id) : base(scope, id)
    {
        var carts = new Table(this, "Carts", new TableProps
        {
            TableName = "shop-carts", //! CDK205
            PartitionKey = new Attribute { Name = "cartId", Type = AttributeType.STRING },
        });
        _ = new CfnOutput(this, "CartsTable", new CfnOutputProps { Value = carts.TableName });
    }
}
