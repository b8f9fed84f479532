using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Xunit;
using static CdkAnalyzers.Tests.TestCode;

namespace CdkAnalyzers.Tests.Values;

/// <summary>Code a careful user would call correct, seen on real apps: none of it is reported.</summary>
public class FalseAlarmTests
{
    [Fact]
    public Task PlaceholderWordsMatchAsWords() => Verify<PlaceholderValueAnalyzer>.AnalyzerAsync(Stack("""
                new Table(this, "Todo", new TableProps { TableName = "todo-api-table", PartitionKey = new Attribute { Name = "id", Type = AttributeType.STRING } });
                new Table(this, "Items", new TableProps { TableName = "TodoItems", PartitionKey = new Attribute { Name = "id", Type = AttributeType.STRING } });
                new Bucket(this, "Mine", new BucketProps { BucketName = "mytodo-assets" });
                new Bucket(this, "Replacement", new BucketProps { BucketName = "replacement-parts" });
                new Bucket(this, "Fixme", new BucketProps { BucketName = {|CDK204:"TODO"|} });
                new StringParameter(this, "A", new StringParameterProps { StringValue = {|CDK204:"todo: fill in"|} });
                new StringParameter(this, "B", new StringParameterProps { StringValue = {|CDK204:"REPLACE_ME"|} });
                new StringParameter(this, "C", new StringParameterProps { StringValue = {|CDK204:"<your-api-key>"|} });
        """, "DynamoDB S3 SSM"));

    [Fact]
    public Task AHelpersValueMadeOfSeveralParametersIsReadCallByCall() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                Store("Raw", "acme-customer-analytics-ingestion-pipeline-eu", "raw");
                Store("Archive", "acme", "customer-analytics-ingestion-archive-eu");
                Store("Reports", "acme", {|CDK102:"Reports"|});
                new Bucket(this, "Settings", new StoreSettings { Suffix = "events" }.ToProps("acme-customer-analytics-ingestion-pipeline-eu"));
                new Bucket(this, "Exports", new StoreSettings { Suffix = "customer-analytics-ingestion-exports-eu" }.ToProps("acme"));
                Named("Events", "acme-customer-analytics-ingestion-pipeline-eu", "events");
                Named("Audit", "acme", "customer-analytics-ingestion-audit-eu");
        """, "S3", members: """
            private Bucket Store(string id, string prefix, string suffix) => new(this, id, new BucketProps { BucketName = $"{prefix}-{suffix}" });

            private Bucket Named(string id, string prefix, string suffix)
            {
                var name = $"{prefix}-{suffix}";
                return new Bucket(this, id, new BucketProps { BucketName = name });
            }
        """, types: """
        public sealed class StoreSettings
        {
            public string Suffix { get; init; } = "";

            public BucketProps ToProps(string prefix) => new() { BucketName = $"{prefix}-{Suffix}" };
        }
        """));

    [Fact]
    public Task ContentPayloadsAreNotConfiguration() => Verify<PlaceholderValueAnalyzer>.AnalyzerAsync(Stack("""
                var site = new Bucket(this, "Site");
                new BucketDeployment(this, "Deploy", new BucketDeploymentProps
                {
                    DestinationBucket = site,
                    Sources =
                    [
                        Source.Data("index.html", "<html><body><h1>Orders</h1><p>TODO: write the page</p></body></html>"),
                        Source.JsonData("config.json", new Dictionary<string, object> { ["apiKey"] = "<your-api-key>" }),
                    ],
                });
                new Function(this, "Inline", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "index.handler",
                    Code = Code.FromInline("def handler(event, context):\n    # TODO: xxxx <replace-me>\n    return 'your-name'"),
                });
                new Function(this, "Inline2", new FunctionProps { Runtime = Runtime.NODEJS_20_X, Handler = "index.handler", Code = new InlineCode("// TODO") });
                new StateMachine(this, "Flow", new StateMachineProps { DefinitionBody = DefinitionBody.FromString("{\"Comment\":\"<your-value>\",\"StartAt\":\"TODO\"}") });
                new CfnStateMachine(this, "Flow2", new CfnStateMachineProps { RoleArn = "arn", DefinitionString = "{\"Comment\":\"TODO\"}" });
        """, "S3 S3.Deployment Lambda StepFunctions"));

    [Fact]
    public Task DescriptionsAndCommentsAreText() => Verify<PlaceholderValueAnalyzer>.AnalyzerAsync(Stack("""
                var jobs = new Queue(this, "Jobs", new QueueProps { QueueName = {|CDK204:"TODO-jobs"|} });
                new Function(this, "Worker", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "index.handler",
                    Code = Code.FromInline("x"),
                    Description = "TODO: add retries",
                });
                new CfnOutput(this, "JobsUrl", new CfnOutputProps { Value = jobs.QueueUrl, Description = "Send <your-tenant-id> jobs here" });
                new CfnParameter(this, "Tenant", new CfnParameterProps { Description = "your-tenant, e.g. acme (CHANGEME)" });
        """, "Lambda SQS"));

    [Fact]
    public Task OneValueNeverYieldsTwoReports() => Verify<PlaceholderValueAnalyzer>.AnalyzerAsync(Stack("""
                new StringParameter(this, "A", new StringParameterProps { StringValue = Placeholder });
                new StringParameter(this, "B", new StringParameterProps { StringValue = $"{Placeholder}/x" });
                new StringParameter(this, "C", new StringParameterProps { StringValue = Placeholder + Placeholder });
        """, "SSM", members: """
            private const string Placeholder = {|CDK204:"CHANGEME"|};
        """));

    [Fact]
    public Task TwelveDigitTimestampsAreNotAccounts() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                Amazon.CDK.Tags.Of(this).Add("SchemaVersion", "202501150930");
                new StringParameter(this, "Built", new StringParameterProps { StringValue = "202501150930", Description = "build 202501150930" });
                new CfnOutput(this, "Version", new CfnOutputProps { Value = SchemaVersion });
                new Role(this, "Trust", new RoleProps { AssumedBy = new AccountPrincipal({|CDK201:"493817265012"|}) });
                new StringParameter(this, "Account", new StringParameterProps { ParameterName = "/org/account", StringValue = AuditAccount });
        """, "IAM SSM", members: """
            private const string SchemaVersion = "202501150930";
            private const string AuditAccount = {|CDK201:"210987654321"|};
        """));

    [Fact]
    public Task AcronymFitsPascalAndCamel() => Verify<DynamoDbKeyCasingAnalyzer>.AnalyzerAsync(Stack("""
                new Table(this, "Sessions", new TableProps
                {
                    PartitionKey = new Attribute { Name = "SessionId", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "TTL", Type = AttributeType.NUMBER },
                });
                new Table(this, "Users", new TableProps
                {
                    PartitionKey = new Attribute { Name = "userId", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "ID", Type = AttributeType.STRING },
                });
                new Table(this, "Seed", new TableProps
                {
                    PartitionKey = new Attribute { Name = "PK", Type = AttributeType.STRING },
                    SortKey = new Attribute { {|CDK401:Name = "GSI1pk"|}, Type = AttributeType.STRING },
                });
                new Table(this, "Lower", new TableProps
                {
                    PartitionKey = new Attribute { Name = "orderid", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "createdat", Type = AttributeType.STRING },
                });
                new Table(this, "Mixed", new TableProps
                {
                    PartitionKey = new Attribute { {|CDK401:Name = "CK"|}, Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "gsi2ck", Type = AttributeType.STRING },
                });
        """, "DynamoDB"));

    [Fact]
    public Task CfnTableRenameCoversEveryIndexKeySchema() => Verify<DynamoDbKeyCasingAnalyzer>.FixAsync<DynamoDbKeyCasingCodeFix>(DynamoDbKeyCasingCodeFix.RenameKey, Stack("""
                new CfnTable(this, "Raw", new CfnTableProps
                {
                    KeySchema = new[]
                    {
                        new CfnTable.KeySchemaProperty { AttributeName = "pk", KeyType = "HASH" },
                        new CfnTable.KeySchemaProperty { AttributeName = "sk", KeyType = "RANGE" },
                    },
                    AttributeDefinitions = new[]
                    {
                        new CfnTable.AttributeDefinitionProperty { AttributeName = "pk", AttributeType = "S" },
                        new CfnTable.AttributeDefinitionProperty { AttributeName = "sk", AttributeType = "S" },
                        new CfnTable.AttributeDefinitionProperty { {|CDK401:AttributeName = "GSI1pk"|}, AttributeType = "S" },
                    },
                    GlobalSecondaryIndexes = new[]
                    {
                        new CfnTable.GlobalSecondaryIndexProperty
                        {
                            IndexName = "byGsi1",
                            KeySchema = new[] { new CfnTable.KeySchemaProperty { AttributeName = "GSI1pk", KeyType = "HASH" } },
                            Projection = new CfnTable.ProjectionProperty { ProjectionType = "ALL" },
                        },
                    },
                });
        """, "DynamoDB"), Stack("""
                new CfnTable(this, "Raw", new CfnTableProps
                {
                    KeySchema = new[]
                    {
                        new CfnTable.KeySchemaProperty { AttributeName = "pk", KeyType = "HASH" },
                        new CfnTable.KeySchemaProperty { AttributeName = "sk", KeyType = "RANGE" },
                    },
                    AttributeDefinitions = new[]
                    {
                        new CfnTable.AttributeDefinitionProperty { AttributeName = "pk", AttributeType = "S" },
                        new CfnTable.AttributeDefinitionProperty { AttributeName = "sk", AttributeType = "S" },
                        new CfnTable.AttributeDefinitionProperty { AttributeName = "gsi1pk", AttributeType = "S" },
                    },
                    GlobalSecondaryIndexes = new[]
                    {
                        new CfnTable.GlobalSecondaryIndexProperty
                        {
                            IndexName = "byGsi1",
                            KeySchema = new[] { new CfnTable.KeySchemaProperty { AttributeName = "gsi1pk", KeyType = "HASH" } },
                            Projection = new CfnTable.ProjectionProperty { ProjectionType = "ALL" },
                        },
                    },
                });
        """, "DynamoDB"));

    [Fact]
    public Task ANameCutToTheLimitIsNotTooLong() => Verify<PhysicalNameAnalyzer>.AnalyzerAsync(Stack("""
                var name = $"{Service}-{Stage}-handler";
                new Function(this, "A", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), FunctionName = name.Substring(0, Math.Min(64, name.Length)) });
                new Function(this, "B", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), FunctionName = name[..64] });
                new Function(this, "C", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), FunctionName = Truncate(name, 64) });
                new Function(this, "D", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), FunctionName = {|CDK111:name|} });
        """, "Lambda", members: """
            private const string Service = "acme-order-fulfilment-service-for-the-european-marketplace";
            private const string Stage = "prod";
            private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
        """));

    [Fact]
    public Task AnEmptyDefaultIsNotAValue() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                var settings = System.Text.Json.JsonSerializer.Deserialize<Settings>("{}")!;
                new Bucket(this, "Bound", new BucketProps { BucketName = settings.BucketName });
                var built = new BucketBuilder(this).Named({|CDK102:"Orders_Archive"|}).Build("Built");
        """, "S3", types: """
        public sealed class Settings
        {
            public string BucketName { get; set; } = "";
        }

        public sealed class BucketBuilder(Construct scope)
        {
            private string _name = "";
            public BucketBuilder Named(string name) { _name = name; return this; }
            public Bucket Build(string id) => new(scope, id, new BucketProps { BucketName = _name });
        }
        """));
}
