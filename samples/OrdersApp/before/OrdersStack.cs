using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Constructs;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
using Function = Amazon.CDK.AWS.Lambda.Function;

namespace OrdersApp;

// The mistakes of the failure reports, as they are typically written.
public sealed class OrdersStack : Stack  // CDK301: integration tests read an empty outputs file.
{
    public OrdersStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var orders = new Table(this, "Orders", new TableProps
        {
            PartitionKey = new Attribute { Name = "PK", Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "SK", Type = AttributeType.STRING },
            BillingMode = BillingMode.PAY_PER_REQUEST,
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        orders.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
        {
            IndexName = "GSI1",
            PartitionKey = new Attribute { Name = "GSI1pk", Type = AttributeType.STRING },  // CDK401
            SortKey = new Attribute { Name = "GSI1sk", Type = AttributeType.STRING },      // CDK401
        });

        var processor = new Function(this, "Processor", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("def handler(event, context):\n    return event\n"),
            Environment = new Dictionary<string, string>
            {
                { "TABLE_NAME", orders.TableName },
                { "AWS_REGION", "us-east-1" },  // CDK101: Lambda rejects reserved keys.
            },
        });
        orders.GrantReadWriteData(processor);

        // Cross-account deployment roles for the pipeline's target accounts.
        new Role(this, "DevDeployRole", new RoleProps
        {
            AssumedBy = new AccountPrincipal("111111111111"),  // CDK202: a placeholder account.
        });
        new Role(this, "ToolingRole", new RoleProps
        {
            AssumedBy = new ArnPrincipal("arn:aws:iam::493817265012:root"),  // CDK201: a hardcoded account.
        });
    }
}
