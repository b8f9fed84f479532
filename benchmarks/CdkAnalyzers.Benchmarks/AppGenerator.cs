using System.Collections.Generic;
using System.Text;

namespace CdkAnalyzers.Benchmarks;

/// <summary>
/// Writes a CDK app of N stacks, one file each, with a realistic mix of constructs: a bucket, a table with an
/// index, functions with environments, a queue, a topic, a role with statements, a KMS-encrypted log group, an
/// L1 state machine, outputs. With mistakes, every fourth stack carries some of the catalog's mistakes. In the
/// modern style the same resources are written the way C# teams write CDK today: a settings record per stack with
/// <c>??</c> fallbacks, tables made in a loop over specs, functions and their queues made by a helper, environment
/// pairs added in a loop, ARNs composed with <c>string.Format</c>.
/// </summary>
public static class AppGenerator
{
    public static List<(string Path, string Source)> Generate(int stacks, bool withMistakes, bool modern = false)
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
            files.Add(($"Stack{i:D4}.cs", modern ? ModernStack(i, withMistakes && i % 4 == 0) : Stack(i, withMistakes && i % 4 == 0)));
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

    private static string ModernStack(int i, bool mistakes)
    {
        var name = $"service{i:D4}";
        var bucketName = mistakes ? "$\"{settings.Name}-Data\"" : "$\"{settings.Name}-data-{Aws.ACCOUNT_ID}\"";
        var keys = mistakes ? ("PK", "sk") : ("pk", "sk");
        var variable = mistakes ? "(\"AWS_REGION\", \"us-east-1\")" : "(\"LOG_LEVEL\", \"info\")";
        var visibility = mistakes ? "20" : "180";
        var account = mistakes ? "\"111111111111\"" : "Stack.Of(this).Account";
        return $$"""
            using System.Collections.Generic;
            using Amazon.CDK;
            using Amazon.CDK.AWS.DynamoDB;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.Lambda;
            using Amazon.CDK.AWS.Lambda.EventSources;
            using Amazon.CDK.AWS.S3;
            using Amazon.CDK.AWS.SNS;
            using Amazon.CDK.AWS.SQS;
            using Constructs;
            using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
            using Function = Amazon.CDK.AWS.Lambda.Function;

            namespace Generated;

            public sealed record Settings{{i:D4}}(string Name, int? TimeoutSeconds = null, int? VisibilitySeconds = null);

            public sealed record TableSpec{{i:D4}}(string Id, string PartitionKey, string SortKey);

            public sealed class ServiceStack{{i:D4}} : Stack
            {
                private static readonly TableSpec{{i:D4}}[] Tables = [new("Items", "{{keys.Item1}}", "{{keys.Item2}}"), new("Audit", "pk", "sk")];

                public ServiceStack{{i:D4}}(Construct scope, string id, IStackProps props) : base(scope, id, props)
                {
                    var settings = new Settings{{i:D4}}("{{name}}", VisibilitySeconds: {{visibility}});
                    var bucket = new Bucket(this, "Data", new BucketProps { BucketName = {{bucketName}}, Versioned = true });
                    var tables = new List<Table>();
                    foreach (var spec in Tables)
                    {
                        tables.Add(new Table(this, spec.Id, new TableProps
                        {
                            PartitionKey = new Attribute { Name = spec.PartitionKey, Type = AttributeType.STRING },
                            SortKey = new Attribute { Name = spec.SortKey, Type = AttributeType.STRING },
                            BillingMode = BillingMode.PAY_PER_REQUEST,
                        }));
                    }
                    var topic = new Topic(this, "Events");
                    var handler = MakeWorker("Handler", settings.TimeoutSeconds ?? 30, settings.VisibilitySeconds ?? 180);
                    (string Name, string Value)[] variables = [("DYNAMODB_TABLE", tables[0].TableName), ("S3_BUCKET", bucket.BucketName), {{variable}}];
                    foreach (var (key, value) in variables)
                        handler.AddEnvironment(key, value);
                    handler.AddEnvironment("SNS_TOPIC_ARN", topic.TopicArn);
                    tables[0].GrantReadWriteData(handler);

                    var deployer = new Role(this, "Deployer", new RoleProps { AssumedBy = new AccountPrincipal({{account}}) });
                    deployer.AddToPolicy(new PolicyStatement(new PolicyStatementProps
                    {
                        Actions = ["s3:GetObject", "sqs:SendMessage"],
                        Resources = [bucket.ArnForObjects("*"), string.Format("arn:{0}:sqs:{1}:{2}:{3}-jobs", Aws.PARTITION, Aws.REGION, Aws.ACCOUNT_ID, settings.Name)],
                    }));

                    new CfnOutput(this, "BucketName", new CfnOutputProps { Value = bucket.BucketName });
                    new CfnOutput(this, "TableName", new CfnOutputProps { Value = tables[0].TableName });
                    new CfnOutput(this, "HandlerName", new CfnOutputProps { Value = handler.FunctionName });
                }

                private Function MakeWorker(string id, int timeoutSeconds, int visibilitySeconds)
                {
                    var queue = new Queue(this, id + "Queue", new QueueProps { VisibilityTimeout = Duration.Seconds(visibilitySeconds) });
                    var worker = new Function(this, id, new FunctionProps
                    {
                        Runtime = Runtime.PYTHON_3_12,
                        Handler = "index.handler",
                        Code = Code.FromInline("def handler(event, context):\n    return event\n"),
                        Timeout = Duration.Seconds(timeoutSeconds),
                    });
                    worker.AddEventSource(new SqsEventSource(queue));
                    return worker;
                }
            }
            """;
    }
}
