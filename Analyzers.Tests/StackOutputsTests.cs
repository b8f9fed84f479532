using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.StackOutputsAnalyzer>;

namespace CdkAnalyzers.Tests;

public class StackOutputsTests
{
    private static readonly string Usings = TestCode.Usings("DynamoDB Lambda S3 SQS");

    private const string EnableCdk304 = "dotnet_diagnostic.CDK304.severity = suggestion\n";

    [Fact]
    public Task StackWithKeyResourcesAndNoOutput() => VerifyCS.AnalyzerAsync(Usings + """
        class {|CDK301:OrdersStack|} : Stack
        {
            public OrdersStack(Construct scope, string id) : base(scope, id)
            {
                var table = new Table(this, "Orders", new TableProps { PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                new Bucket(this, "Uploads");
            }
        }
        """);

    [Fact]
    public Task OutputInHelperMethodOrCreatedConstructCounts() => VerifyCS.AnalyzerAsync(Usings + """
        class WithHelper : Stack
        {
            public WithHelper(Construct scope, string id) : base(scope, id)
            {
                var bucket = new Bucket(this, "Uploads");
                Export(bucket);
            }

            private void Export(Bucket bucket) => new CfnOutput(this, "BucketName", new CfnOutputProps { Value = bucket.BucketName });
        }

        class Exports : Construct
        {
            public Exports(Construct scope, string id, Queue queue) : base(scope, id)
                => new Amazon.CDK.CfnOutput(this, "QueueUrl", new CfnOutputProps { Value = queue.QueueUrl });
        }

        class WithConstruct : Stack
        {
            public WithConstruct(Construct scope, string id) : base(scope, id)
            {
                var queue = new Queue(this, "Jobs");
                new Exports(this, "Exports", queue);
            }
        }
        """);

    [Fact]
    public Task OutputsInASharedBaseStackCount() => VerifyCS.AnalyzerAsync(Usings + """
        abstract class ExportingStack : Stack
        {
            protected ExportingStack(Construct scope, string id) : base(scope, id)
                => new CfnOutput(this, "StackRegion", new CfnOutputProps { Value = Region });
        }

        class Storage : ExportingStack
        {
            public Storage(Construct scope, string id) : base(scope, id) => new Bucket(this, "B");
        }
        """);

    [Fact]
    public Task ABaseStacksOutputHelperCountsWhereItIsCalled() => VerifyCS.AnalyzerAsync(Usings + """
        abstract class OutputsStack : Stack
        {
            protected OutputsStack(Construct scope, string id) : base(scope, id) { }

            protected void Export(string name, string value) => new CfnOutput(this, name, new CfnOutputProps { Value = value });
        }

        class Data : OutputsStack
        {
            public Data(Construct scope, string id) : base(scope, id) => Export("Bucket", new Bucket(this, "B").BucketName);
        }

        class {|CDK301:Jobs|} : OutputsStack
        {
            public Jobs(Construct scope, string id) : base(scope, id) => new Bucket(this, "B");
        }
        """);

    [Fact]
    public Task APrimaryConstructorBaseRunsItsInitializersNotItsHelpers() => VerifyCS.AnalyzerAsync(Usings + """
        abstract class ExportingStack(Construct scope, string id) : Stack(scope, id)
        {
            protected void Export(string name, string value) => new CfnOutput(this, name, new CfnOutputProps { Value = value });
        }

        abstract class RegionStack(Construct scope, string id) : Stack(scope, id)
        {
            private readonly CfnOutput _region = new CfnOutput(scope, id + "Region", new CfnOutputProps { Value = "eu-west-1" });
        }

        class Orders : ExportingStack
        {
            public Orders(Construct scope, string id) : base(scope, id) => Export("Queue", new Queue(this, "Q").QueueUrl);
        }

        class {|CDK301:Audit|} : ExportingStack
        {
            public Audit(Construct scope, string id) : base(scope, id) => new Bucket(this, "B");
        }

        class Regional : RegionStack
        {
            public Regional(Construct scope, string id) : base(scope, id) => new Bucket(this, "B");
        }
        """);

    [Fact]
    public Task ResourcesOfAnAbstractBaseStackCountInTheStacksBuiltOnIt() => VerifyCS.AnalyzerAsync(Usings + """
        abstract class ServiceStack : Stack
        {
            protected ServiceStack(Construct scope, string id) : base(scope, id) { }

            protected Bucket DataBucket() => new Bucket(this, "Data");
        }

        class Exported : ServiceStack
        {
            public Exported(Construct scope, string id) : base(scope, id)
                => new CfnOutput(this, "BucketName", new CfnOutputProps { Value = DataBucket().BucketName });
        }

        class {|CDK301:Silent|} : ServiceStack
        {
            public Silent(Construct scope, string id) : base(scope, id) => DataBucket();
        }
        """);

    [Fact]
    public Task AResourceInADictionaryOrAnotherObjectsInitializerHasNoVariableOfItsOwn() => VerifyCS.AnalyzerAsync(Usings + """
        using System.Collections.Generic;
        using Amazon.CDK.AWS.ECR;

        class Holder
        {
            public Bucket? Bucket { get; set; }
        }

        class ImagesStack : Stack
        {
            public ImagesStack(Construct scope, string id) : base(scope, id)
            {
                var repositories = new Dictionary<string, Repository> { ["api"] = new Repository(this, "ApiRepo") };
                var holder = new Holder { Bucket = new Bucket(this, "Held") };
                new CfnOutput(this, "Count", new CfnOutputProps { Value = repositories.Count.ToString() });
            }
        }
        """, EnableCdk304);

    [Fact]
    public Task NearMissesStaySilent() => VerifyCS.AnalyzerAsync(Usings + """
        // L1 resources are not key resources.
        class OnlyL1 : Stack
        {
            public OnlyL1(Construct scope, string id) : base(scope, id) => new CfnBucket(this, "Raw");
        }

        // Nested stacks do not write to the outputs file at all (CDK303's business).
        class Nested : NestedStack
        {
            public Nested(Construct scope, string id) : base(scope, id) => new Bucket(this, "B");
        }

        // A construct that is not a stack.
        class Storage : Construct
        {
            public Storage(Construct scope, string id) : base(scope, id) => new Bucket(this, "B");
        }

        class Empty : Stack
        {
            public Empty(Construct scope, string id) : base(scope, id) { }
        }
        """);

    [Fact]
    public Task FunctionSubclassIsAKeyResource() => VerifyCS.AnalyzerAsync(Usings + """
        class {|CDK301:Api|} : Stack
        {
            public Api(Construct scope, string id) : base(scope, id)
            {
                new SingletonFunction(this, "Fn", new SingletonFunctionProps
                {
                    Uuid = "6f1e3e2a-0000-4000-8000-000000000000",
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "h",
                    Code = Code.FromInline("x"),
                });
                new DockerImageFunction(this, "Img", new DockerImageFunctionProps { Code = DockerImageCode.FromImageAsset("img") });
            }
        }
        """);

    [Fact]
    public Task Cdk304ReportsEachResourceNoOutputReferences() => VerifyCS.AnalyzerAsync(Usings + """
        class Orders : Stack
        {
            private readonly Queue _jobs;

            public Orders(Construct scope, string id) : base(scope, id)
            {
                var table = new Table(this, "Orders", new TableProps { PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                var bucket = {|CDK304:new Bucket(this, "Uploads")|};
                _jobs = {|CDK304:new Queue(this, "Jobs")|};
                new Bucket(this, "NotKept");
                new CfnOutput(this, "TableName", new CfnOutputProps { Value = table.TableName });
            }
        }
        """, editorConfig: EnableCdk304);

    [Fact]
    public Task ExportValueDeclaresAnOutput() => VerifyCS.AnalyzerAsync(Usings + """
        class Shared : Stack
        {
            public Shared(Construct scope, string id) : base(scope, id)
            {
                var bucket = new Bucket(this, "Uploads");
                var queue = {|CDK304:new Queue(this, "Jobs")|};
                ExportValue(bucket.BucketName, new ExportValueOptions { Name = "UploadsBucket" });
            }
        }

        class {|CDK301:ExportsAnother|} : Stack
        {
            public ExportsAnother(Construct scope, string id, Stack other) : base(scope, id)
            {
                var bucket = {|CDK304:new Bucket(this, "Uploads")|};
                other.ExportValue(bucket.BucketName);
            }
        }
        """, editorConfig: EnableCdk304);

    [Theory]
    [InlineData("", 0)]
    [InlineData("dotnet_diagnostic.CDK304.severity = warning\n", 2)]
    [InlineData("dotnet_diagnostic.CDK304.severity = suggestion\n", 2)]
    public async Task Cdk304IsOffUntilEditorConfigTurnsItOn(string editorConfig, int expected)
    {
        var diagnostics = await EditorConfigCompilation.AnalyzeAsync(Usings + """
            class Orders : Stack
            {
                public Orders(Construct scope, string id) : base(scope, id)
                {
                    var bucket = new Bucket(this, "Uploads");
                    var queue = new Queue(this, "Jobs");
                    new CfnOutput(this, "Region", new CfnOutputProps { Value = Region });
                }
            }
            """, editorConfig, new StackOutputsAnalyzer());
        Assert.Equal(expected, System.Linq.Enumerable.Count(diagnostics, d => d.Id == "CDK304"));
    }

    [Fact]
    public Task FixAddsOneOutputPerResourceWithUniqueIds() => VerifyCS.FixAsync<StackOutputsCodeFix>(StackOutputsCodeFix.AddOutputsKey, Usings + """
        class {|CDK301:Orders|} : Stack
        {
            public Bucket Uploads { get; }

            public Orders(Construct scope, string id) : base(scope, id)
            {
                var ordersTable = new Table(this, "OrdersTableName", new TableProps { PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                Uploads = new Bucket(this, "Uploads");
                if (id.Length > 3)
                {
                    var inner = new Queue(this, "Inner");
                }
            }
        }
        """, Usings + """
        class Orders : Stack
        {
            public Bucket Uploads { get; }

            public Orders(Construct scope, string id) : base(scope, id)
            {
                var ordersTable = new Table(this, "OrdersTableName", new TableProps { PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                Uploads = new Bucket(this, "Uploads");
                if (id.Length > 3)
                {
                    var inner = new Queue(this, "Inner");
                }

                new CfnOutput(this, "OrdersTableName2", new CfnOutputProps { Value = ordersTable.TableName });
                new CfnOutput(this, "UploadsBucketName", new CfnOutputProps { Value = Uploads.BucketName });
            }
        }
        """);

    [Fact]
    public Task FixAddsUsingWhenMissing() => VerifyCS.FixAsync<StackOutputsCodeFix>(StackOutputsCodeFix.AddOutputsKey, """
        using Amazon.CDK.AWS.SQS;

        class {|CDK301:Jobs|} : Amazon.CDK.Stack
        {
            public Jobs(Constructs.Construct scope, string id) : base(scope, id)
            {
                var queue = new Queue(this, "Queue");
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;

        class Jobs : Amazon.CDK.Stack
        {
            public Jobs(Constructs.Construct scope, string id) : base(scope, id)
            {
                var queue = new Queue(this, "Queue");
                new CfnOutput(this, "QueueUrl", new CfnOutputProps { Value = queue.QueueUrl });
            }
        }
        """);

    [Fact]
    public Task Cdk304FixAndFixAll() => VerifyCS.FixAsync<StackOutputsCodeFix>(StackOutputsCodeFix.AddOutputKey, Usings + """
        class Orders : Stack
        {
            public Orders(Construct scope, string id) : base(scope, id)
            {
                var table = new Table(this, "Orders", new TableProps { PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                var bucket = {|CDK304:new Bucket(this, "Uploads")|};
                var fn = {|CDK304:new Function(this, "Handler", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") })|};
                new CfnOutput(this, "TableName", new CfnOutputProps { Value = table.TableName });
            }
        }
        """, Usings + """
        class Orders : Stack
        {
            public Orders(Construct scope, string id) : base(scope, id)
            {
                var table = new Table(this, "Orders", new TableProps { PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                var bucket = new Bucket(this, "Uploads");
                var fn = new Function(this, "Handler", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                new CfnOutput(this, "TableName", new CfnOutputProps { Value = table.TableName });
                new CfnOutput(this, "BucketName", new CfnOutputProps { Value = bucket.BucketName });
                new CfnOutput(this, "FnFunctionName", new CfnOutputProps { Value = fn.FunctionName });
            }
        }
        """, editorConfig: EnableCdk304, iterations: 2);

    private const string Host = """
        namespace Hosting;

        public delegate T StackBuilder<T>(Construct scope) where T : Stack;

        public sealed class StackResource<T> where T : Stack
        {
            public StackResource<T> AddOutput(string name, System.Func<T, string> output) => this;
        }

        public static class HostExtensions
        {
            public static StackResource<T> AddStack<T>(this App app, string name, StackBuilder<T> build) where T : Stack
            {
                build(app);
                return new StackResource<T>();
            }
        }
        """;

    [Fact]
    public Task AStackAnApplicationHostBuildsDeclaresItsOutputsThere() => VerifyCS.AnalyzerWithLibraryAsync(Usings + """
        using Hosting;

        public class CustomStack : Stack
        {
            public IBucket Bucket { get; }

            public CustomStack(Construct scope, string id) : base(scope, id)
            {
                Bucket = new Bucket(this, "Bucket");
            }
        }

        public class {|CDK301:DeployedStack|} : Stack
        {
            public DeployedStack(Construct scope, string id) : base(scope, id)
            {
                new Queue(this, "Jobs");
            }
        }

        public class {|CDK301:QueriedStack|} : Stack
        {
            public QueriedStack(Construct scope, string id) : base(scope, id)
            {
                new Queue(this, "Jobs");
            }
        }

        public static class Program
        {
            public static void Main()
            {
                var app = new App();
                app.AddStack("custom", scope => new CustomStack(scope, "Custom")).AddOutput("BucketName", s => s.Bucket.BucketName);
                app.AddStack("deployed", scope => new DeployedStack(scope, "Deployed"));
                new DeployedStack(app, "AlsoByTheCli");
                foreach (var stack in new[] { app }.Select(a => new QueriedStack(a, "Each")))
                    stack.Node.AddMetadata("made", "by a query");
            }
        }
        """, Host);
}
