using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Constructs;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
using Function = Amazon.CDK.AWS.Lambda.Function;

namespace OrdersApp;

// The same stack with the reports' fixes applied.
public sealed class OrdersStack : Stack
{
    public OrdersStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        // One convention for every key of the table.
        var orders = new Table(this, "Orders", new TableProps
        {
            PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "sk", Type = AttributeType.STRING },
            BillingMode = BillingMode.PAY_PER_REQUEST,
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        orders.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
        {
            IndexName = "GSI1",
            PartitionKey = new Attribute { Name = "gsi1pk", Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "gsi1sk", Type = AttributeType.STRING },
        });

        // The runtime sets AWS_REGION itself.
        var processor = new Function(this, "Processor", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("def handler(event, context):\n    return event\n"),
            Environment = new Dictionary<string, string>
            {
                { "TABLE_NAME", orders.TableName },
            },
        });
        orders.GrantReadWriteData(processor);

        // Target accounts come from context; by default the stack's own account.
        var devAccount = Node.TryGetContext("devAccount") as string ?? Stack.Of(this).Account;
        var devRole = new Role(this, "DevDeployRole", new RoleProps
        {
            AssumedBy = new AccountPrincipal(devAccount),
        });
        var toolingRole = new Role(this, "ToolingRole", new RoleProps
        {
            AssumedBy = new ArnPrincipal($"arn:aws:iam::{Aws.ACCOUNT_ID}:root"),
        });

        // What the integration tests read from the outputs file.
        new CfnOutput(this, "OrdersTableName", new CfnOutputProps { Value = orders.TableName });
        new CfnOutput(this, "ProcessorFunctionName", new CfnOutputProps { Value = processor.FunctionName });
        new CfnOutput(this, "DevDeployRoleArn", new CfnOutputProps { Value = devRole.RoleArn });
        new CfnOutput(this, "ToolingRoleArn", new CfnOutputProps { Value = toolingRole.RoleArn });
    }
}
