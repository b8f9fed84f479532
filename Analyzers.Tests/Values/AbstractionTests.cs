using System.Threading.Tasks;
using Xunit;
using static CdkAnalyzers.Tests.TestCode;

namespace CdkAnalyzers.Tests.Values;

/// <summary>
/// Constructs behind this app's own abstractions: constructs reached through their properties, resources made by
/// own constructs and helpers, extension methods and base-stack helpers, and every way of naming a type.
/// </summary>
public class AbstractionTests
{
    private const string SharedRepository = """
        namespace Infra;

        using Amazon.CDK.AWS.ECR;
        using Constructs;

        public sealed class SharedRepository : Construct
        {
            public SharedRepository(Construct scope, string id) : base(scope, id)
                => Repository = new Repository(this, "Repo", new RepositoryProps { ImageScanOnPush = true });

            public Repository Repository { get; }
        }
        """;

    [Fact]
    public Task ImageFromARepositoryBehindAConstructsProperty() => Verify<EmptyRepositoryImageAnalyzer>.AnalyzerAsync(new[]
    {
        SharedRepository,
        "using Infra;\n" + Stack("""
                var shared = new SharedRepository(this, "Shared");
                var task = new FargateTaskDefinition(this, "Task");
                task.AddContainer("App", new ContainerDefinitionOptions { Image = {|CDK502:ContainerImage.FromEcrRepository(shared.Repository, "latest")|} });
        """, "ECS"),
    });

    [Fact]
    public Task ImportedRepositoryBehindAPropertyStaysSilent() => Verify<EmptyRepositoryImageAnalyzer>.AnalyzerAsync(Stack("""
                var task = new FargateTaskDefinition(this, "Task");
                task.AddContainer("App", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(Images, "latest") });
        """, "ECS ECR", members: """
            private IRepository Images => Repository.FromRepositoryName(this, "Images", "base-images");
        """));

    [Fact]
    public Task KeyResourcesMadeByOwnConstructsAndHelpersNeedOutputs() => Verify<StackOutputsAnalyzer>.AnalyzerAsync(new[]
    {
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Amazon.CDK.AWS.S3;
        using Constructs;
        using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;

        public class Storage : Construct
        {
            public Storage(Construct scope, string id) : base(scope, id)
                => new Table(this, "Orders", new TableProps { PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
        }

        public static class StackExtensions
        {
            public static Bucket AddArchive(this Stack stack, string id) => new(stack, id);
        }

        public class {|CDK301:ConstructStack|} : Stack
        {
            public ConstructStack(Construct scope, string id) : base(scope, id) => new Storage(this, "Storage");
        }

        public class {|CDK301:HelperStack|} : Stack
        {
            public HelperStack(Construct scope, string id) : base(scope, id) => this.AddArchive("Archive");
        }

        public class QuietStack : Stack
        {
            public QuietStack(Construct scope, string id) : base(scope, id) => new Construct(this, "Nothing");
        }
        """,
    });

    [Fact]
    public Task BaseStackHelperDeclaringTheOutputsCounts() => Verify<StackOutputsAnalyzer>.AnalyzerAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        public abstract class ServiceStack(Construct scope, string id) : Stack(scope, id)
        {
            protected void Export(string name, string value) => new CfnOutput(this, name, new CfnOutputProps { Value = value });
        }

        public sealed class JobsStack : ServiceStack
        {
            public JobsStack(Construct scope, string id) : base(scope, id)
            {
                var queue = new Queue(this, "Jobs");
                Export("JobsUrl", queue.QueueUrl);
            }
        }
        """);

    [Fact]
    public Task BaseStackHelperBuildingAFunctionFromTheDerivedStacksEnvironment() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync("""
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;

        public abstract class ServiceStack(Construct scope, string id) : Stack(scope, id)
        {
            protected Function NewFunction(string name, Dictionary<string, string> environment) => new(this, name, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12,
                Handler = "index.handler",
                Code = Code.FromInline("x"),
                Environment = environment,
            });
        }

        public sealed class ApiStack : ServiceStack
        {
            public ApiStack(Construct scope, string id) : base(scope, id)
                => NewFunction("Api", new() { ["TABLE"] = "orders", {|CDK101:["AWS_REGION"] = "eu-west-1"|} });
        }
        """);

    private const string Subclasses = """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        public sealed class StandardFunction : Function
        {
            public StandardFunction(Construct scope, string id, int timeoutSeconds = 300) : base(scope, id, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12, Handler = "index.handler", Code = Code.FromInline("x"), Timeout = Duration.Seconds(timeoutSeconds),
            })
            {
            }
        }

        public sealed class StandardQueue(Construct scope, string id, int visibilitySeconds = 30)
            : Queue(scope, id, new QueueProps { VisibilityTimeout = Duration.Seconds(visibilitySeconds) });

        public class SingleTable : Table
        {
            public SingleTable(Construct scope, string id, string indexKey) : base(scope, id, new TableProps
            {
                PartitionKey = new Attribute { Name = "PK", Type = AttributeType.STRING },
                SortKey = new Attribute { Name = "SK", Type = AttributeType.STRING },
            })
                => AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps { IndexName = "GSI1", PartitionKey = new Attribute { Name = indexKey, Type = AttributeType.STRING } });
        }
        """;

    [Fact]
    public Task QueuesAndFunctionsOfTheAppsOwnSubclasses() => Verify<QueueVisibilityTimeoutAnalyzer>.AnalyzerAsync(new[] { Subclasses, Stack("""
                var jobs = {|CDK109:new StandardQueue(this, "Jobs")|};
                new StandardFunction(this, "Worker").AddEventSource(new SqsEventSource(jobs));
                var quick = new StandardQueue(this, "Quick");
                new StandardFunction(this, "QuickWorker", timeoutSeconds: 20).AddEventSource(new SqsEventSource(quick));
                var slow = new StandardQueue(this, "Slow", visibilitySeconds: 1800);
                new StandardFunction(this, "SlowWorker").AddEventSource(new SqsEventSource(slow));
        """, "Lambda.EventSources") });

    [Fact]
    public Task TablesOfTheAppsOwnSubclassWithTheIndexItsConstructorAdds() => Verify<DynamoDbKeyCasingAnalyzer>.AnalyzerAsync(new[] { Subclasses, Stack("""
                new SingleTable(this, "Orders", "GSI9PK");
                new SingleTable(this, "Users", {|CDK401:"GSI1pk"|});
        """) });

    [Fact]
    public Task ReservationsOfTheAppsOwnFunctionSubclasses() => Verify<ReservedConcurrencyAnalyzer>.AnalyzerAsync(new[] { Stack("""
                new Worker(this, "Orders", {|#0:25|});
                new Poller(this, "Billing");
                // A construct of the app handed function props reserves once, in the function it makes.
                new Api(this, "Api", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#2:ReservedConcurrentExecutions = 5|} });
        """, "Lambda", types: """
        public sealed class Api : Construct
        {
            public Api(Construct scope, string id, FunctionProps props) : base(scope, id) => new Function(this, "Handler", props);
        }

        public sealed class Worker(Construct scope, string id, int reserved) : Function(scope, id, new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12, Handler = "index.handler", Code = Code.FromInline("x"), ReservedConcurrentExecutions = reserved,
        });

        public sealed class Poller : Function
        {
            public Poller(Construct scope, string id) : base(scope, id, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12, Handler = "index.handler", Code = Code.FromInline("x"), {|#1:ReservedConcurrentExecutions = 10|},
            })
            {
            }
        }
        """) }, expected: new[]
    {
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK103", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("25", "40", "0"),
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK103", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1).WithArguments("10", "40", "0"),
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK103", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(2).WithArguments("5", "40", "0"),
    });

    [Fact]
    public Task KeysOfTheAppsOwnLogGroupSubclasses() => Verify<LogGroupKeyAnalyzer>.AnalyzerAsync(Stack("""
                var key = new Key(this, "Key");
                {|CDK105:new AuditLogs(this, "Audit", key)|};
        """, "KMS Logs", types: """
        public sealed class AuditLogs : LogGroup
        {
            public AuditLogs(Construct scope, string id, IKey key) : base(scope, id, new LogGroupProps { EncryptionKey = key, Retention = RetentionDays.ONE_MONTH })
            {
            }
        }
        """));

    [Fact]
    public Task RolesOfTheAppsOwnStateMachineSubclasses() => Verify<StateMachineLoggingRoleAnalyzer>.AnalyzerAsync(Stack("""
                var logs = new LogGroup(this, "Logs");
                var role = new Role(this, "Role", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                {|CDK104:new LoggedMachine(this, "Orders", role.RoleArn, logs.LogGroupArn)|};
        """, "IAM Logs StepFunctions", types: """
        public sealed class LoggedMachine(Construct scope, string id, string roleArn, string logGroupArn) : CfnStateMachine(scope, id, new CfnStateMachineProps
        {
            RoleArn = roleArn,
            DefinitionString = "{}",
            LoggingConfiguration = new LoggingConfigurationProperty
            {
                Level = "ALL",
                Destinations = new[] { new LogDestinationProperty { CloudWatchLogsLogGroup = new CloudWatchLogsLogGroupProperty { LogGroupArn = logGroupArn } } },
            },
        });
        """));

    [Fact]
    public Task AnAbstractPropertyIsWhatTheDerivedConstructOverridesItWith() => Verify<QueueVisibilityTimeoutAnalyzer>.AnalyzerAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.Lambda.EventSources;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        public abstract class Worker : Construct
        {
            protected Worker(Construct scope, string id) : base(scope, id) { }

            protected abstract int TimeoutSeconds { get; }

            protected Function CreateHandler(string name) => new(this, name, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Timeout = Duration.Seconds(TimeoutSeconds),
            });
        }

        public sealed class SlowWorker : Worker
        {
            public SlowWorker(Construct scope, string id) : base(scope, id)
                => CreateHandler("Slow").AddEventSource(new SqsEventSource({|CDK109:new Queue(this, "Inbox")|}));

            protected override int TimeoutSeconds => 90;
        }

        public sealed class FastWorker : Worker
        {
            public FastWorker(Construct scope, string id) : base(scope, id)
                => CreateHandler("Fast").AddEventSource(new SqsEventSource(new Queue(this, "Inbox")));

            protected override int TimeoutSeconds => 10;
        }
        """);

    [Fact]
    public Task AVariableTypedAsTheBaseClassHoldsItsDerivedObject() => Verify<BucketNameAnalyzer>.AnalyzerAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        public abstract class Naming
        {
            public abstract string Bucket(string purpose);
        }

        public sealed class LowerNaming : Naming
        {
            public override string Bucket(string purpose) => $"acme-{purpose}";
        }

        public sealed class LegacyNaming : Naming
        {
            public override string Bucket(string purpose) => $"Acme_{purpose}";
        }

        public sealed class DataStack : Stack
        {
            public DataStack(Construct scope, string id) : base(scope, id)
            {
                // LegacyNaming's names are not this stack's: only the object the variable holds names its buckets.
                Naming naming = new LowerNaming();
                new Bucket(this, "Data", new BucketProps { BucketName = naming.Bucket("data") });
            }
        }
        """);

    [Fact]
    public Task AnObjectsPropertyIsItsClassesOverride() => Verify<BucketNameAnalyzer>.AnalyzerAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        public abstract class Naming
        {
            public abstract string Prefix { get; }
            public virtual string Suffix => "data";
        }

        public sealed class LowerNaming : Naming
        {
            public override string Prefix => "acme";
        }

        public sealed class LegacyNaming : Naming
        {
            public override string Prefix => {|CDK102:"Acme"|};
            public override string Suffix => "legacy";
        }

        public sealed class DataStack : Stack
        {
            public DataStack(Construct scope, string id) : base(scope, id)
            {
                Naming current = new LowerNaming();
                new Bucket(this, "Current", new BucketProps { BucketName = $"{current.Prefix}-{current.Suffix}" });
                Naming legacy = new LegacyNaming();
                new Bucket(this, "Legacy", new BucketProps { BucketName = $"{legacy.Prefix}-{legacy.Suffix}" });
            }
        }
        """);

    [Fact]
    public Task AVirtualMethodIsWhatTheDerivedStackOverridesItWith() => Verify<BucketNameAnalyzer>.AnalyzerAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        public abstract class DataStack : Stack
        {
            protected DataStack(Construct scope, string id) : base(scope, id)
                => new Bucket(this, "Data", new BucketProps { BucketName = BucketName("data") });

            protected virtual string BucketName(string purpose) => $"acme-{purpose}";
        }

        public sealed class ReportsStack : DataStack
        {
            public ReportsStack(Construct scope, string id) : base(scope, id) { }

            protected override string BucketName(string purpose) => $"{|CDK102:Reports-|}{purpose}";
        }
        """);

    [Fact]
    public Task ALambdaInALocalIsAHelperItsCallsGiveTheArgumentsTo() => Verify<BucketNameAnalyzer>.AnalyzerAsync("""
        using System;
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        public sealed class EdgeStack : Stack
        {
            public EdgeStack(Construct scope, string id) : base(scope, id)
            {
                Func<string, Bucket> makeBucket = purpose => new Bucket(this, purpose, new BucketProps { BucketName = $"edge-{purpose}" });
                var nameOf = (string purpose, int copy) => $"{purpose}-copy-{copy}";
                makeBucket("logs");
                makeBucket({|CDK102:"Media"|});
                new Bucket(this, "Copy", new BucketProps { BucketName = nameOf({|CDK102:"Backup"|}, 2) });
            }
        }
        """);

    [Fact]
    public Task ALambdaInAFieldNothingWritesAgainIsAHelperToo() => Verify<BucketNameAnalyzer>.AnalyzerAsync("""
        using System;
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        public sealed class EdgeStack : Stack
        {
            private static readonly Func<string, string> Named = purpose => $"edge-{purpose}-data";
            private Func<string, string> _archived = purpose => $"{|CDK102:Archive-|}{purpose}";
            private static Func<string, string> Mutable = purpose => $"EDGE-{purpose}";
            public static Func<string, string> Shared = purpose => $"SHARED-{purpose}";

            public EdgeStack(Construct scope, string id) : base(scope, id)
            {
                new Bucket(this, "Logs", new BucketProps { BucketName = Named("logs") });
                new Bucket(this, "Media", new BucketProps { BucketName = Named({|CDK102:"Media"|}) });
                new Bucket(this, "Archive", new BucketProps { BucketName = _archived("media") });
                // A field that is written again, or that other classes may write, is not followed.
                new Bucket(this, "Other", new BucketProps { BucketName = Mutable("other") });
                new Bucket(this, "Shared", new BucketProps { BucketName = Shared("other") });
            }

            public static void Rename() => Mutable = purpose => $"edge-{purpose}";
        }
        """);

    [Fact]
    public Task ALambdaInAFieldIsFollowedFromEveryFileAndEveryPartOfItsClass() => Verify<BucketNameAnalyzer>.AnalyzerAsync(new[]
    {
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        public sealed partial class MediaStack : Stack
        {
            public MediaStack(Construct scope, string id) : base(scope, id)
            {
                new Bucket(this, "Uploads", new BucketProps { BucketName = _named({|CDK102:"Uploads"|}) });
                new Bucket(this, "Shared", new BucketProps { BucketName = Naming.Shared({|CDK102:"Reports"|}) });
                // Another part of the class assigns this one again: it is not followed.
                new Bucket(this, "Other", new BucketProps { BucketName = _renamed("Other") });
            }
        }
        """,
        """
        using System;

        public sealed partial class MediaStack
        {
            private Func<string, string> _named = purpose => $"acme-{purpose}";
            private Func<string, string> _renamed = purpose => $"acme-{purpose}";

            public void Rename() => _renamed = purpose => purpose.ToLowerInvariant();
        }

        public static class Naming
        {
            public static readonly Func<string, string> Shared = purpose => $"acme-shared-{purpose}";
        }
        """,
    });

    [Fact]
    public Task AQuerysRangeVariableIsEachElement() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                var buckets = (from purpose in new[] { "logs", {|CDK102:"Media"|} } select new Bucket(this, purpose, new BucketProps { BucketName = $"edge-{purpose}" })).ToList();
        """, "S3"));

    [Fact]
    public Task APartialMethodIsTheBodyItsOtherPartGives() => Verify<QueueVisibilityTimeoutAnalyzer>.AnalyzerAsync(new[]
    {
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        public sealed partial class OrdersStack : Stack
        {
            public OrdersStack(Construct scope, string id) : base(scope, id) => CreateHandler(CreateQueue());

            private partial Queue CreateQueue();
            private partial Function CreateHandler(Queue queue);
        }
        """,
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.Lambda.EventSources;
        using Amazon.CDK.AWS.SQS;

        public sealed partial class OrdersStack
        {
            private partial Queue CreateQueue() => new(this, "Orders", new QueueProps { {|CDK109:VisibilityTimeout = Duration.Seconds(20)|} });

            private partial Function CreateHandler(Queue queue)
            {
                var fn = new Function(this, "Handler", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Timeout = Duration.Seconds(25) });
                fn.AddEventSource(new SqsEventSource(queue));
                return fn;
            }
        }
        """,
    });

    [Fact]
    public Task EveryWayOfNamingATypeIsTheSameType() => Verify<AccountIdAnalyzer>.AnalyzerAsync("""
        using Amazon.CDK;
        using Constructs;
        using Iam = Amazon.CDK.AWS.IAM;
        using static Amazon.CDK.AWS.IAM.ManagedPolicy;

        public class NamingStack : Stack
        {
            public NamingStack(Construct scope, string id) : base(scope, id)
            {
                new global::Amazon.CDK.AWS.IAM.AccountPrincipal({|CDK202:"111111111111"|});
                new Amazon.CDK.AWS.IAM.AccountPrincipal({|CDK202:"222222222222"|});
                new Iam.AccountPrincipal({|CDK202:"333333333333"|});
                FromManagedPolicyArn(this, "Policy", {|CDK202:"arn:aws:iam::444455556666:policy/deploy"|});
            }
        }
        """);

    [Fact]
    public Task AnAbstractMiddleClassReadsTheOverrideOfTheClassDerivedFromIt() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                new AnalyticsStack(this, "Analytics");
        """, "S3", types: """
        public abstract class PlatformStack : Stack
        {
            protected PlatformStack(Construct scope, string id) : base(scope, id) { }
            protected abstract string Team { get; }
            protected string BucketName(string purpose) => $"acme-{Team}-{purpose}";
        }

        public abstract class DataPlatformStack : PlatformStack
        {
            protected DataPlatformStack(Construct scope, string id) : base(scope, id) => new Bucket(this, "Raw", new BucketProps { BucketName = BucketName("raw") });
        }

        public sealed class AnalyticsStack : DataPlatformStack
        {
            public AnalyticsStack(Construct scope, string id) : base(scope, id) { }
            protected override string Team => {|CDK102:"Analytics"|};
        }

        public sealed class MediaStack : DataPlatformStack
        {
            public MediaStack(Construct scope, string id) : base(scope, id) { }
            protected override string Team => "media";
        }
        """));
}
