using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.EnvironmentServiceMismatchAnalyzer>;

namespace CdkAnalyzers.Tests;

public class EnvironmentServiceMismatchTests
{
    private static string InStack(string body, string members = "") => TestCode.Stack("""
                var table = new Table(this, "Readings", new TableProps { PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                var bucket = new Bucket(this, "Raw");

        """ + body, "DynamoDB IAM Lambda S3 SQS", members, parameters: ", string tableName = \"\"");

    [Fact]
    public Task KeysAndValuesPairedPerElementAndPerCall() => VerifyCS.AnalyzerAsync(InStack("""
                var queue = new Queue(this, "Jobs");
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                foreach (var (name, value) in new[] { ("DYNAMODB_TABLE", table.TableName), ("SQS_URL", queue.QueueUrl), {|CDK302:("S3_BUCKET", queue.QueueArn)|} })
                    fn.AddEnvironment(name, value);
                Wire(fn, "DDB_TABLE_ARN", table.TableArn);
                Wire(fn, "SQS_ARN", queue.QueueArn);
                Wire(fn, {|CDK302:"S3_PATH"|}, table.TableName);
        """, members: """
            private static void Wire(Function fn, string key, string value) => fn.AddEnvironment(key, value);
        """));

    [Fact]
    public Task AHelperThatWritesIntoTheDictionaryIsReportedAtEachCallersKey() => VerifyCS.AnalyzerAsync(InStack("""
                var variables = new Dictionary<string, string>();
                Put(variables, "DYNAMODB_TABLE", table.TableName);
                Put(variables, {|CDK302:"S3_BUCKET"|}, table.TableName);
                Put(variables, {|CDK302:"DDB_TABLE"|}, bucket.BucketName);
                new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = variables });
        """, members: """
            private static void Put(IDictionary<string, string> variables, string key, string value) => variables[key] = value;
        """));

    [Fact]
    public Task ValuesGivenThroughARecordToAConstruct() => VerifyCS.AnalyzerAsync(new[] { """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        public sealed record Resources(IBucket Uploads, IQueue Jobs);

        public sealed class Api : Construct
        {
            public Api(Construct scope, string id, Resources resources) : base(scope, id)
                => new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "h",
                    Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string>
                    {
                        {|#0:["S3_BUCKET"] = resources.Jobs.QueueUrl|},
                        ["SQS_URL"] = resources.Jobs.QueueUrl,
                    },
                });
        }

        public sealed class ApiStack : Stack
        {
            public ApiStack(Construct scope, string id) : base(scope, id)
                => new Api(this, "Api", new Resources(new Bucket(this, "Uploads"), new Queue(this, "Jobs")));
        }
        """ }, expected: new DiagnosticResult("CDK302", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("S3_BUCKET", "S3", "its value comes from a construct of SQS"));

    [Fact]
    public Task SeedTimestreamNamesForADynamoDbTable() => VerifyCS.AnalyzerAsync(InStack("""
                var fn = new Function(this, "Processor", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "index.handler",
                    Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string>
                    {
                        {|CDK305:{ "TIMESTREAM_DATABASE", "iot" }|},
                        { "KINESIS_MAX_RETRIES", "3" },
                        { "FIREHOSE_COMPRESSION_ENABLED", "true" },
                        { "SNS_BATCH_SECONDS", "2.5" },
                        {|CDK302:{ "TIMESTREAM_TABLE", table.TableName }|},
                        { "DYNAMODB_TABLE", table.TableName },
                        { "DDB_ARN", table.TableArn },
                    },
                });
                fn.AddEnvironment({|CDK302:"S3_BUCKET"|}, table.TableName);
                var name = bucket.BucketName;
                fn.AddEnvironment({|CDK302:"SQS_QUEUE"|}, name);
                fn.AddEnvironment("S3_PREFIX", $"{bucket.BucketName}/raw");
        """));

    [Fact]
    public Task ABuildersVariablesPairEachKeyWithItsOwnCallsValue() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var table = new Table(this, "Readings", new TableProps { PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                var bucket = new Bucket(this, "Raw");
                var api = new FunctionBuilder(this, "Api")
                    .WithVariable("S3_BUCKET", bucket.BucketName)
                    .WithVariable({|CDK302:"SQS_URL"|}, table.TableName)
                    .WithVariable("DYNAMODB_TABLE", table.TableName)
                    .Build();
        """, "DynamoDB Lambda S3", types: TestCode.FunctionBuilder));

    [Fact]
    public Task NearMissesStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                var queue = new Queue(this, "Jobs");
                var role = new Role(this, "R", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                var fn = new Function(this, "Processor", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "index.handler",
                    Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string>
                    {
                        { "SQS_QUEUE_URL", queue.QueueUrl },
                        { "S3_BUCKET", "raw-data" },
                        { "DYNAMODB_TABLE", tableName },
                        { "SFN_ROLE_ARN", role.RoleArn },
                        { "TABLE", table.TableName },
                        { "REGION_S3", bucket.BucketName },
                    },
                });
        """));

    [Fact]
    public Task VariablesSetThroughTheEscapeHatch() => VerifyCS.AnalyzerAsync(InStack("""
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                var cfn = (CfnFunction)fn.Node.DefaultChild;
                cfn.AddPropertyOverride("Environment.Variables.DYNAMODB_TABLE", table.TableName);
                cfn.AddPropertyOverride({|CDK302:"Environment.Variables.S3_TABLE"|}, table.TableName);
                cfn.AddPropertyOverride("S3_TABLE", table.TableName);
        """));
}
