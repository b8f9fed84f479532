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

// Failure report 002: a serverless order-processing app, ported from its CloudFormation template.
public sealed class TapStack : Stack
{
    public TapStack(Construct scope, string id) : base(scope, id)
    {
        // §1: the stack name "TapStack" carries uppercase letters into the bucket name.
        var code = new Bucket(this, "LambdaCodeS3Bucket", new BucketProps
        {
            BucketName = $"{StackName}-lambda-code-{Aws.ACCOUNT_ID}",  // CDK102
            RemovalPolicy = RemovalPolicy.DESTROY,
        });

        // §4: PK/SK next to GSI1pk/GSI1sk on one table.
        var orders = new Table(this, "OrdersTable", new TableProps
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

        // The customers table spells the partition key "pk"; the orders table "PK": shared lookup code misses one.
        new Table(this, "CustomersTable", new TableProps
        {
            PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },  // CDK402
            BillingMode = BillingMode.PAY_PER_REQUEST,
            RemovalPolicy = RemovalPolicy.DESTROY,
        });

        // §2: 100 + 50 + 25 reserved executions on an account that has none to give.
        var processing = new Function(this, "ProcessingLambda", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = InlineHandler,
            ReservedConcurrentExecutions = 100,  // CDK103
        });
        var validation = new Function(this, "ValidationLambda", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = InlineHandler,
            ReservedConcurrentExecutions = 50,  // CDK103
        });
        var notification = new Function(this, "NotificationLambda", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = InlineHandler,
            ReservedConcurrentExecutions = 25,  // CDK103
        });
        orders.GrantReadWriteData(processing);

        // §3: the execution role can invoke the functions but not deliver logs.
        var role = new Role(this, "StepFunctionsExecutionRole", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
        role.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = new[] { "lambda:InvokeFunction", "xray:PutTraceSegments", "xray:PutTelemetryRecords" },
            Resources = new[] { processing.FunctionArn, validation.FunctionArn, notification.FunctionArn },
        }));
        var logs = new LogGroup(this, "StateMachineLogs", new LogGroupProps { RemovalPolicy = RemovalPolicy.DESTROY });
        var workflow = new CfnStateMachine(this, "ApplicationStateMachine", new CfnStateMachineProps  // CDK104
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
