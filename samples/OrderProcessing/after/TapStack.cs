using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.StepFunctions;
using Constructs;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
using Function = Amazon.CDK.AWS.Lambda.Function;

namespace OrderProcessing;

// Failure report 002, fixed the way the report fixed it.
public sealed class TapStack : Stack
{
    public TapStack(Construct scope, string id) : base(scope, id)
    {
        // Account and region are lowercase; the stack name is not.
        var code = new Bucket(this, "LambdaCodeS3Bucket", new BucketProps
        {
            BucketName = $"lambda-code-{Aws.ACCOUNT_ID}-{Aws.REGION}",
            RemovalPolicy = RemovalPolicy.DESTROY,
        });

        // One convention for every key.
        var orders = new Table(this, "OrdersTable", new TableProps
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

        new Table(this, "CustomersTable", new TableProps
        {
            PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },
            BillingMode = BillingMode.PAY_PER_REQUEST,
            RemovalPolicy = RemovalPolicy.DESTROY,
        });

        // No reserved concurrency: the account's quota decides.
        var processing = new Function(this, "ProcessingLambda", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = InlineHandler,
        });
        var validation = new Function(this, "ValidationLambda", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = InlineHandler,
        });
        var notification = new Function(this, "NotificationLambda", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = InlineHandler,
        });
        orders.GrantReadWriteData(processing);

        // The execution role may deliver logs as well as invoke the functions.
        var role = new Role(this, "StepFunctionsExecutionRole", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
        role.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = new[] { "lambda:InvokeFunction", "xray:PutTraceSegments", "xray:PutTelemetryRecords" },
            Resources = new[] { processing.FunctionArn, validation.FunctionArn, notification.FunctionArn },
        }));
        role.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = new[]
            {
                "logs:CreateLogDelivery",
                "logs:GetLogDelivery",
                "logs:UpdateLogDelivery",
                "logs:DeleteLogDelivery",
                "logs:ListLogDeliveries",
                "logs:PutResourcePolicy",
                "logs:DescribeResourcePolicies",
                "logs:DescribeLogGroups",
            },
            Resources = new[] { "*" },
        }));
        var logs = new LogGroup(this, "StateMachineLogs", new LogGroupProps { RemovalPolicy = RemovalPolicy.DESTROY });
        var workflow = new CfnStateMachine(this, "ApplicationStateMachine", new CfnStateMachineProps
        {
            RoleArn = role.RoleArn,
            DefinitionString = "{\"StartAt\":\"Done\",\"States\":{\"Done\":{\"Type\":\"Succeed\"}}}",
            LoggingConfiguration = new CfnStateMachine.LoggingConfigurationProperty
            {
                Level = "ALL",
                Destinations = new[]
                {
                    new CfnStateMachine.LogDestinationProperty
                    {
                        CloudWatchLogsLogGroup = new CfnStateMachine.CloudWatchLogsLogGroupProperty { LogGroupArn = logs.LogGroupArn },
                    },
                },
            },
        });

        new CfnOutput(this, "LambdaCodeBucketName", new CfnOutputProps { Value = code.BucketName });
        new CfnOutput(this, "OrdersTableName", new CfnOutputProps { Value = orders.TableName });
        new CfnOutput(this, "StateMachineArn", new CfnOutputProps { Value = workflow.AttrArn });
    }

    private static Code InlineHandler => Code.FromInline("def handler(event, context):\n    return event\n");
}
