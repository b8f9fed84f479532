using System.Collections.Generic;
using System.Text;

namespace CdkAnalyzers.Benchmarks;

/// <summary>
/// Writes a CDK app of N stacks, one file each, with a realistic mix of constructs: a bucket, a table with an
/// index, functions with environments, a queue, a topic, a role with statements, a KMS-encrypted log group, an
/// L1 state machine, outputs. With mistakes, every fourth stack carries some of the catalog's mistakes.
/// </summary>
public static class AppGenerator
{
    public static List<(string Path, string Source)> Generate(int stacks, bool withMistakes)
    {
        var files = new List<(string, string)>();
        var program = new StringBuilder("""
            using Amazon.CDK;

            namespace Generated;

            public static class Program
            {
                public static void Main()
                {
                    var app = new App();
                    var env = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION") };

            """);
        for (var i = 0; i < stacks; i++)
        {
            files.Add(($"Stack{i:D4}.cs", Stack(i, withMistakes && i % 4 == 0)));
            program.AppendLine($"        new ServiceStack{i:D4}(app, \"Service{i:D4}\", new StackProps {{ Env = env }});");
        }
        program.AppendLine("        app.Synth();\n    }\n}");
        files.Add(("Program.cs", program.ToString()));
        return files;
    }

    private static string Stack(int i, bool mistakes)
    {
        var name = $"service{i:D4}";
        var bucketName = mistakes ? $"$\"{{StackName}}-data\"" : $"$\"{name}-data-{{Aws.ACCOUNT_ID}}\"";
        var region = mistakes ? "\n                { \"AWS_REGION\", \"us-east-1\" }," : "";
        var keys = mistakes ? ("PK", "SK", "GSI1pk") : ("pk", "sk", "gsi1pk");
        var reserved = mistakes ? "\n            ReservedConcurrentExecutions = 10," : "";
        var account = mistakes ? "\"111111111111\"" : "Stack.Of(this).Account";
        var grant = mistakes ? "" : "\n        key.GrantEncryptDecrypt(new ServicePrincipal($\"logs.{Stack.Of(this).Region}.amazonaws.com\"));";
        return $$"""
            using System.Collections.Generic;
            using Amazon.CDK;
            using Amazon.CDK.AWS.DynamoDB;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.KMS;
            using Amazon.CDK.AWS.Lambda;
            using Amazon.CDK.AWS.Logs;
            using Amazon.CDK.AWS.S3;
            using Amazon.CDK.AWS.SNS;
            using Amazon.CDK.AWS.SQS;
            using Amazon.CDK.AWS.StepFunctions;
            using Constructs;
            using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
            using Function = Amazon.CDK.AWS.Lambda.Function;

            namespace Generated;

            public sealed class ServiceStack{{i:D4}} : Stack
            {
                private const string Prefix = "{{name}}";

                public ServiceStack{{i:D4}}(Construct scope, string id, IStackProps props) : base(scope, id, props)
                {
                    var bucket = new Bucket(this, "Data", new BucketProps { BucketName = {{bucketName}}, Versioned = true });
                    var table = new Table(this, "Items", new TableProps
                    {
                        PartitionKey = new Attribute { Name = "{{keys.Item1}}", Type = AttributeType.STRING },
                        SortKey = new Attribute { Name = "{{keys.Item2}}", Type = AttributeType.STRING },
                        BillingMode = BillingMode.PAY_PER_REQUEST,
                    });
                    table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
                    {
                        IndexName = "byStatus",
                        PartitionKey = new Attribute { Name = "{{keys.Item3}}", Type = AttributeType.STRING },
                    });
                    var queue = new Queue(this, "Jobs");
                    var topic = new Topic(this, "Events");
                    var handler = new Function(this, "Handler", new FunctionProps
                    {
                        Runtime = Runtime.PYTHON_3_12,
                        Handler = "index.handler",
                        Code = Code.FromInline("def handler(event, context):\n    return event\n"),{{reserved}}
                        Environment = new Dictionary<string, string>
                        {
                            { "DYNAMODB_TABLE", table.TableName },
                            { "SQS_QUEUE_URL", queue.QueueUrl },
                            { "S3_BUCKET", bucket.BucketName },{{region}}
                            { "STAGE", Prefix + "-prod" },
                        },
                    });
                    handler.AddEnvironment("SNS_TOPIC_ARN", topic.TopicArn);
                    table.GrantReadWriteData(handler);
                    queue.GrantConsumeMessages(handler);

                    var deployer = new Role(this, "Deployer", new RoleProps { AssumedBy = new AccountPrincipal({{account}}) });
                    deployer.AddToPolicy(new PolicyStatement(new PolicyStatementProps
                    {
                        Actions = new[] { "s3:GetObject", "s3:PutObject" },
                        Resources = new[] { bucket.ArnForObjects("*"), $"arn:{Aws.PARTITION}:s3:::{Prefix}-artifacts/*" },
                    }));

                    var key = new Key(this, "LogsKey", new KeyProps { EnableKeyRotation = true });{{grant}}
                    var logs = new LogGroup(this, "WorkflowLogs", new LogGroupProps { EncryptionKey = key, Retention = RetentionDays.ONE_WEEK });
                    var workflowRole = new Role(this, "WorkflowRole", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                    workflowRole.AddToPolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "logs:*", "lambda:InvokeFunction" }, Resources = new[] { "*" } }));
                    new CfnStateMachine(this, "Workflow", new CfnStateMachineProps
                    {
                        RoleArn = workflowRole.RoleArn,
                        DefinitionString = "{ \"StartAt\": \"Done\", \"States\": { \"Done\": { \"Type\": \"Succeed\" } } }",
                        LoggingConfiguration = new CfnStateMachine.LoggingConfigurationProperty
                        {
                            Level = "ALL",
                            Destinations = new[] { new CfnStateMachine.LogDestinationProperty { CloudWatchLogsLogGroup = new CfnStateMachine.CloudWatchLogsLogGroupProperty { LogGroupArn = logs.LogGroupArn } } },
                        },
                    });

                    new CfnOutput(this, "BucketName", new CfnOutputProps { Value = bucket.BucketName });
                    new CfnOutput(this, "TableName", new CfnOutputProps { Value = table.TableName });
                    new CfnOutput(this, "QueueUrl", new CfnOutputProps { Value = queue.QueueUrl });
                }
            }
            """;
    }
}
