using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.PhysicalNameAnalyzer>;

namespace CdkAnalyzers.Tests;

public class PhysicalNameTests
{
    private static string InStack(string body, string members = "", string types = "")
        => TestCode.Stack(body, "DynamoDB ECR ElasticLoadBalancingV2 EC2 IAM Lambda Logs SNS SQS StepFunctions", members, types);

    [Fact]
    public Task SeedFunctionNameOverSixtyFourCharacters() => VerifyCS.AnalyzerAsync(new[] { InStack("""
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("fn"),
                    FunctionName = {|#0:"orders-processing-pipeline-ingest-and-validate-handler-production-eu"|},
                });
        """) }, expected: new DiagnosticResult("CDK111", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("Lambda function name is at least 68 characters long; the limit is 64"));

    [Fact]
    public Task SamFunctionNamesFollowLambdasRule() => VerifyCS.AnalyzerAsync(new[] { """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SAM;
        using Constructs;

        public class PipelineStackProps : StackProps
        {
            public string EnvironmentName { get; set; }
        }

        public class PipelineStack : Stack
        {
            public PipelineStack(Construct scope, string id, PipelineStackProps props = null) : base(scope, id, props)
            {
                props ??= new PipelineStackProps();
                props.EnvironmentName ??= "production";
                new CfnFunction(this, "Sync", new CfnFunctionProps
                {
                    FunctionName = {|#0:$"{props.EnvironmentName}-customer-notification-preference-synchronisation-worker"|},
                    Runtime = "python3.13", Handler = "app.handler", CodeUri = "src/",
                });
                new CfnFunction(this, "Api", new CfnFunctionProps { FunctionName = {|#1:"orders api"|}, Runtime = "python3.13", Handler = "app.handler", CodeUri = "src/" });
            }
        }
        """ }, expected: new[]
    {
        new DiagnosticResult("CDK111", DiagnosticSeverity.Error).WithLocation(0).WithArguments("Lambda function name is 66 characters long; the limit is 64"),
        new DiagnosticResult("CDK111", DiagnosticSeverity.Error).WithLocation(1).WithArguments("Lambda function name contains ' '; it allows letters, digits, '-' and '_'"),
    });

    [Fact]
    public Task AHelpersNameMadeTooLongByOneCallIsReportedAtThatCall() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                MakeFunction("Api");
                MakeFunction({|#0:"CustomerNotificationPreferenceSynchronisationWorker"|});
                new Function(this, "Fixed", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("fn"), FunctionName = {|#1:$"{Product}-{Component}-v2"|} });
        """, "Lambda", members: """
            private const string Product = "customer-order-fulfilment";
            private const string Component = "inventory-reservation-expiry-handler";

            private Function MakeFunction(string id) => new(this, id, new FunctionProps
            {
                FunctionName = $"acme-production-{id}", Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("fn"),
            });
        """) }, expected: new[]
    {
        new DiagnosticResult("CDK111", DiagnosticSeverity.Error).WithLocation(0).WithArguments("Lambda function name is 67 characters long; the limit is 64"),
        new DiagnosticResult("CDK111", DiagnosticSeverity.Error).WithLocation(1).WithArguments("Lambda function name is 65 characters long; the limit is 64"),
    });

    [Fact]
    public Task APropsHelpersNameIsReadCallByCall() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                var list = new FunctionSettings { Suffix = "list" };
                var sync = new FunctionSettings { Suffix = "customer-notification-preference-synchronisation-worker-euw1" };
                new Function(this, "List", list.ToProps("shop"));
                new Function(this, "Sync", sync.ToProps({|#0:"shop"|}));
        """, "Lambda", types: """
        public sealed class FunctionSettings
        {
            public string Suffix { get; init; } = "";
        }

        public static class FunctionSettingsExtensions
        {
            public static FunctionProps ToProps(this FunctionSettings settings, string product) => new()
            {
                FunctionName = $"{product}-{settings.Suffix}", Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("fn"),
            };
        }
        """) }, expected: new DiagnosticResult("CDK111", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("Lambda function name is 65 characters long; the limit is 64"));

    [Fact]
    public Task AHelpersFifoFlagIsReadCallByCall() => VerifyCS.AnalyzerAsync(InStack("""
                MakeQueue({|CDK111:"orders"|}, fifo: true);
                MakeQueue("payments.fifo", fifo: true);
                MakeQueue("audit", fifo: false);
        """, members: """
            private Queue MakeQueue(string name, bool fifo) => new(this, name, new QueueProps
            {
                QueueName = name,
                Fifo = fifo ? true : null,
            });
        """));

    [Fact]
    public Task ABaseConstructsNameAndFlagAreEachDerivedClasssOverrides() => VerifyCS.AnalyzerAsync(InStack("""
                new OrdersQueue(this, "Orders");
                new EventsQueue(this, "Events");
                new AuditQueue(this, "Audit");
        """, types: """
        public abstract class QueueConstruct : Construct
        {
            protected virtual string QueueName => "jobs";
            protected virtual bool IsFifo => false;
            protected QueueConstruct(Construct scope, string id) : base(scope, id)
                => new Queue(this, "Queue", new QueueProps { QueueName = QueueName, Fifo = IsFifo });
        }

        public sealed class OrdersQueue(Construct scope, string id) : QueueConstruct(scope, id)
        {
            protected override string QueueName => {|CDK111:"orders"|};
            protected override bool IsFifo => true;
        }

        public sealed class EventsQueue : QueueConstruct
        {
            public EventsQueue(Construct scope, string id) : base(scope, id) { }
            protected override string QueueName => "events.fifo";
            protected override bool IsFifo => true;
        }

        public sealed class AuditQueue(Construct scope, string id) : QueueConstruct(scope, id)
        {
            protected override string QueueName => "audit";
        }
        """));

    [Fact]
    public Task FifoQueueWithoutItsSuffix() => VerifyCS.AnalyzerAsync(InStack("""
                new Queue(this, "Orders", new QueueProps { Fifo = true, QueueName = {|CDK111:"orders"|} });
                new Queue(this, "Ok", new QueueProps { Fifo = true, QueueName = "orders.fifo" });
                new CfnQueue(this, "Raw", new CfnQueueProps { FifoQueue = true, QueueName = {|CDK111:"raw"|} });
                var props = new QueueProps { QueueName = $"{StackName}-events" };
                props.Fifo = true;
                new Queue(this, "Events", props);
                new CfnTopic(this, "RawTopic", new CfnTopicProps { FifoTopic = true, TopicName = {|CDK111:"raw-topic"|} });
                new Topic(this, "Topic", new TopicProps { Fifo = true, TopicName = "topic" });
                new Topic(this, "Suffixed", new TopicProps { Fifo = true, TopicName = "topic.fifo" });
                new Topic(this, "NotFifo", new TopicProps { TopicName = {|CDK111:"plain.fifo"|} });
                new Queue(this, "Standard", new QueueProps { Fifo = false, QueueName = {|CDK111:"standard.fifo"|} });
                new Queue(this, "Inferred", new QueueProps { QueueName = "inferred.fifo" });
                new Queue(this, "Deduplicated", new QueueProps { ContentBasedDeduplication = true, QueueName = {|CDK111:"deduplicated"|} });
                new Queue(this, "Scoped", new QueueProps { DeduplicationScope = DeduplicationScope.MESSAGE_GROUP, QueueName = {|CDK111:"scoped"|} });
                new Queue(this, "Plain", new QueueProps { ContentBasedDeduplication = false, QueueName = "plain" });
                new Queue(this, "Either", new QueueProps { Fifo = Node.TryGetContext("fifo") is not null, QueueName = "either.fifo" });
                new Queue(this, "Either2", new QueueProps { Fifo = Node.TryGetContext("fifo") is not null, QueueName = "either" });
                var steps = new QueueProps();
                steps.QueueName = {|CDK111:"steps"|};
                steps.Fifo = true;
                new Queue(this, "Steps", steps);
        """.Replace("$\"{StackName}-events\"", "$\"{StackName}{|CDK111:-events|}\"")));

    [Fact]
    public Task AFifoNameEndingInAPieceWrittenElsewhereIsReportedAtTheName() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                foreach (var stage in new[] { "dev", "prod" })
                    new Queue(this, $"Orders{stage}", new QueueProps { Fifo = true, QueueName = {|CDK111:$"orders-{stage}"|} });
                new Queue(this, "Audit", new QueueProps { Fifo = true, QueueName = {|CDK111:Names.Audit|} });
                new Queue(this, "Jobs", new QueueProps { Fifo = true, QueueName = $"jobs-{Names.Suffix}" });
        """, "SQS", types: """
        public static class Names
        {
            public const string Audit = "audit";
            public const string Suffix = "v2.fifo";
        }
        """));

    [Fact]
    public Task CharacterSetsOfEachService() => VerifyCS.AnalyzerAsync(InStack("""
                new Table(this, "T", new TableProps { TableName = {|CDK111:"orders table"|}, PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                new Table(this, "Short", new TableProps { TableName = {|CDK111:"ab"|}, PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                new Role(this, "R", new RoleProps { RoleName = {|CDK111:"deploy/role"|}, AssumedBy = new AccountPrincipal(Aws.ACCOUNT_ID) });
                new LogGroup(this, "L", new LogGroupProps { LogGroupName = {|CDK111:"/aws/lambda/orders:prod"|} });
                new Repository(this, "Images", new RepositoryProps { RepositoryName = {|CDK111:"team images"|} });
                new Repository(this, "Upper", new RepositoryProps { RepositoryName = "Team/Images" });
                new StateMachine(this, "Flow", new StateMachineProps { StateMachineName = {|CDK111:"order flow"|}, DefinitionBody = DefinitionBody.FromString("{}") });
        """));

    [Fact]
    public Task LoadBalancersAndTargetGroups() => VerifyCS.AnalyzerAsync(InStack("""
                var vpc = new Vpc(this, "Vpc");
                new ApplicationLoadBalancer(this, "Alb", new ApplicationLoadBalancerProps { Vpc = vpc, LoadBalancerName = {|CDK111:"-orders"|} });
                new ApplicationLoadBalancer(this, "Alb2", new ApplicationLoadBalancerProps { Vpc = vpc, LoadBalancerName = {|CDK111:"orders-application-load-balancer-prod"|} });
                new ApplicationTargetGroup(this, "Tg", new ApplicationTargetGroupProps { Vpc = vpc, TargetGroupName = {|CDK111:"orders_tg"|} });
                var stage = System.Environment.GetEnvironmentVariable("STAGE");
                new ApplicationLoadBalancer(this, "Alb3", new ApplicationLoadBalancerProps { Vpc = vpc, LoadBalancerName = string.Concat("orders-", stage, {|CDK111:"-alb-"|}) });
                new ApplicationTargetGroup(this, "Tg2", new ApplicationTargetGroupProps { Vpc = vpc, TargetGroupName = $"{|CDK111:-|}{stage}" });
                new ApplicationTargetGroup(this, "Tg3", new ApplicationTargetGroupProps { Vpc = vpc, TargetGroupName = $"tg-{stage}-web" });
        """));

    [Fact]
    public Task PartsTogetherTooLongAtTheComposedExpression() => VerifyCS.AnalyzerAsync(InStack("""
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("fn"),
                    FunctionName = {|CDK111:$"{Service}-{Component}-{Aws.REGION}"|},
                });
                new Function(this, "Fn2", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("fn"), FunctionName = TooLong });
        """, members: """
            private const string Service = "orders-processing-pipeline";
            private const string Component = "ingest-and-validate-handler-version-two";
            private const string TooLong = {|CDK111:"orders-processing-pipeline-ingest-and-validate-handler-production-eu"|};
        """));

    [Fact]
    public Task ASwitchOnAKnownValueTakesItsArm() => VerifyCS.AnalyzerAsync(InStack("""
                var (name, fifo) = Pick(Kind.Orders);
                new Queue(this, "Orders", new QueueProps { QueueName = {|CDK111:name|}, Fifo = fifo });
                var events = Pick(Kind.Events);
                new Queue(this, "Events", new QueueProps { QueueName = events.Name, Fifo = events.Fifo });
                var other = Pick(Kind.Misc);
                new Queue(this, "Misc", new QueueProps { QueueName = other.Name, Fifo = other.Fifo });
        """, """
            public enum Kind { Orders, Events, Misc }

            private static (string Name, bool Fifo) Pick(Kind kind) => kind switch
            {
                Kind.Orders => ("orders", true),
                Kind.Events => ("events.fifo", true),
                _ => ("misc", false),
            };
        """));

    [Fact]
    public Task AFifoNameAHelperIsGivenIsReportedAtTheCallThatLacksTheSuffix() => VerifyCS.AnalyzerAsync(InStack("""
                var orders = Queues.Fifo(this, {|CDK111:"orders"|});
                var payments = Queues.Fifo(this, "payments.fifo");
                var audit = Queues.Fifo(this, $"audit-{Account}");
        """) + """

        public static class Queues
        {
            public static Queue Fifo(Construct scope, string name) =>
                new(scope, name, new QueueProps { QueueName = name, Fifo = true });
        }
        """);

    [Fact]
    public Task ANameLowercasedInAHelperIsReportedWhereItIsGiven() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnTopic(this, "Alerts", new CfnTopicProps { TopicName = {|CDK111:Lower("alerts")|}, FifoTopic = true });
                new CfnTopic(this, "Events", new CfnTopicProps { TopicName = Lower("events.fifo"), FifoTopic = true });
                new Queue(this, "Jobs", new QueueProps { QueueName = {|CDK111:Lower("jobs queue")|} });
        """, """
            private static string Lower(string name) => $"Orders-{name}".ToLowerInvariant();
        """));

    [Fact]
    public Task ValidAndUnknownNamesStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("fn"), FunctionName = $"{StackName}-handler" });
                new Queue(this, "Q", new QueueProps { QueueName = "orders_queue-1" });
                new Role(this, "R", new RoleProps { RoleName = "deploy+role=1,a.b@c-d_e", AssumedBy = new AccountPrincipal(Aws.ACCOUNT_ID) });
                new LogGroup(this, "L", new LogGroupProps { LogGroupName = "/aws/lambda/orders-#1" });
                new Table(this, "T", new TableProps { TableName = "orders.v2_table-1", PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                new Function(this, "Configured", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("fn"), FunctionName = (string)Node.TryGetContext("name") });
        """));

    [Fact]
    public Task NamesFromEachPassAndParameterWrites() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                foreach (var (name, fifo) in new[] { ("orders", true), ("audit", false) })
                    new Queue(this, name, new QueueProps { QueueName = $"{name}{|CDK111:-queue|}", Fifo = fifo });
                var roleName = string.Join("-", "platform", "ingestion", "pipeline", "cross", "account", "deployment", "execution", "role");
                new Role(this, "Deployer", new RoleProps { RoleName = {|CDK111:roleName|}, AssumedBy = new ServicePrincipal("codebuild.amazonaws.com") });
                MakeTable(null);
                var shards = Enumerable.Range(0, 3).Select(i => new Queue(this, $"Shard{i}", new QueueProps { QueueName = {|CDK111:$"jobs-shard-{i}"|}, Fifo = true })).ToList();
                var fifoShards = Enumerable.Range(0, 3).Select(i => new Queue(this, $"FifoShard{i}", new QueueProps { QueueName = $"jobs-shard-{i}.fifo", Fifo = true })).ToList();
        """, "DynamoDB IAM SQS", members: """
            private void MakeTable(string? tableName)
            {
                tableName ??= {|CDK111:"orders table"|};
                new Table(this, "Orders", new TableProps { TableName = tableName, PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
            }
        """));

    [Fact]
    public Task AFifoNameAnElementOfTheLoopsListWritesIsReportedThere() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                foreach (var config in Configs)
                    new Queue(this, config.Name, new QueueProps { QueueName = config.Name, Fifo = config.Fifo ? true : null });
        """, "SQS", members: """
            private static readonly QueueConfig[] Configs =
            [
                new() { Name = {|CDK111:"payments"|}, Fifo = true },
                new() { Name = "emails" },
                new() { Name = "ledger.fifo", Fifo = true },
            ];
        """, types: """
        public sealed class QueueConfig
        {
            public required string Name { get; init; }
            public bool Fifo { get; init; }
        }
        """));

    [Fact]
    public Task ALoadBalancerAnEcsPatternCreatesIsNamedByItsProps() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var cluster = new Cluster(this, "Cluster");
                new ApplicationLoadBalancedFargateService(this, "Web", new ApplicationLoadBalancedFargateServiceProps
                {
                    Cluster = cluster,
                    TaskImageOptions = new ApplicationLoadBalancedTaskImageOptions { Image = ContainerImage.FromRegistry("nginx") },
                    LoadBalancerName = {|CDK111:"acme-web-public-load-balancer-prod"|},
                });
                new ApplicationLoadBalancedFargateService(this, "Admin", new ApplicationLoadBalancedFargateServiceProps
                {
                    Cluster = cluster,
                    TaskImageOptions = new ApplicationLoadBalancedTaskImageOptions { Image = ContainerImage.FromRegistry("nginx") },
                    LoadBalancerName = "acme-admin",
                });
        """, "ECS ECS.Patterns"));
}
