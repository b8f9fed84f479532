using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.NestedStackOutputAnalyzer>;

namespace CdkAnalyzers.Tests;

public class NestedStackOutputTests
{
    [Fact]
    public Task OutputInNestedStack() => VerifyCS.AnalyzerAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : NestedStack
        {
            public StorageStack(Construct scope, string id) : base(scope, id)
            {
                var bucket = new Bucket(this, "Data");
                {|CDK303:new CfnOutput(this, "BucketName", new CfnOutputProps { Value = bucket.BucketName })|};
            }
        }

        class TapStack : Stack
        {
            public TapStack(Construct scope, string id) : base(scope, id)
            {
                var storage = new StorageStack(this, "Storage");
                new CfnOutput(this, "Flat", new CfnOutputProps { Value = storage.StackName });
            }
        }

        class Helper : Construct
        {
            public Helper(Construct scope, string id) : base(scope, id)
                => new CfnOutput(this, "InAConstruct", new CfnOutputProps { Value = "x" });
        }
        """);

    [Fact]
    public Task ExportsAndOutputsScopedToANestedStackFromAnywhere() => VerifyCS.AnalyzerAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class QueueStack : NestedStack
        {
            public Queue Queue { get; }

            public QueueStack(Construct scope, string id) : base(scope, id)
            {
                Queue = new Queue(this, "Jobs");
                {|CDK303:ExportValue(Queue.QueueUrl, new ExportValueOptions { Name = "JobsUrl" })|};
            }
        }

        class AppStack : Stack
        {
            public AppStack(Construct scope, string id) : base(scope, id)
            {
                var queues = new QueueStack(this, "Queues");
                {|CDK303:queues.ExportValue(queues.Queue.QueueArn)|};
                {|CDK303:new CfnOutput(queues, "JobsArn", new CfnOutputProps { Value = queues.Queue.QueueArn })|};
                ExportValue(queues.Queue.QueueName);
                new CfnOutput(this, "JobsName", new CfnOutputProps { Value = queues.Queue.QueueName });
            }
        }
        """);

    [Fact]
    public Task OutputMadeByAHelperIsNamedByItsCall() => VerifyCS.AnalyzerAsync(new[] { """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;
        using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;

        class DataStack : NestedStack
        {
            public DataStack(Construct scope, string id) : base(scope, id)
            {
                var table = new Table(this, "Orders", new TableProps { PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                Export("TableName", table.TableName);
            }

            private void Export(string name, string value) => {|#0:new CfnOutput(this, name, new CfnOutputProps { Value = value })|};
        }
        """ }, expected: new DiagnosticResult("CDK303", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("TableName", "DataStack"));

    [Fact]
    public Task AHelperGivenANestedStackAsItsScopeIsReportedAtTheCall() => VerifyCS.AnalyzerAsync(new[] { """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SNS;
        using Constructs;

        static class Outputs
        {
            public static CfnOutput Output(this Construct scope, string id, string value) => new(scope, id, new CfnOutputProps { Value = value });
        }

        class EventsStack : NestedStack
        {
            public Topic Topic { get; }

            public EventsStack(Construct scope, string id) : base(scope, id)
            {
                Topic = new Topic(this, "Events");
                {|#0:this.Output("TopicArn", Topic.TopicArn)|};
            }
        }

        class AppStack : Stack
        {
            public AppStack(Construct scope, string id) : base(scope, id)
            {
                var events = new EventsStack(this, "Events");
                this.Output("TopicName", events.Topic.TopicName);
                {|#1:Outputs.Output(events, "NestedTopicName", events.Topic.TopicName)|};
            }
        }
        """ },
        expected: new[]
        {
            new DiagnosticResult("CDK303", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("TopicArn", "EventsStack"),
            new DiagnosticResult("CDK303", DiagnosticSeverity.Warning).WithLocation(1).WithArguments("NestedTopicName", "EventsStack"),
        });

    [Fact]
    public Task AConstructWithAnOutputIsReportedWhereANestedStackCreatesIt() => VerifyCS.AnalyzerAsync(new[] { """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class JobsQueue : Construct
        {
            public JobsQueue(Construct scope, string id) : base(scope, id)
            {
                var queue = new Queue(this, "Queue");
                new CfnOutput(this, "JobsUrl", new CfnOutputProps { Value = queue.QueueUrl });
            }
        }

        class Service : Construct
        {
            public Service(Construct scope, string id) : base(scope, id) => new JobsQueue(this, "Jobs");
        }

        class WorkersStack : NestedStack
        {
            public WorkersStack(Construct scope, string id) : base(scope, id)
            {
                {|#0:new JobsQueue(this, "Jobs")|};
                {|#2:new Service(this, "Service")|};
            }
        }

        class AppStack : Stack
        {
            public AppStack(Construct scope, string id) : base(scope, id)
            {
                new JobsQueue(this, "Jobs");
                var workers = new WorkersStack(this, "Workers");
                {|#1:new JobsQueue(workers, "MoreJobs")|};
            }
        }
        """ },
        expected: new[]
        {
            new DiagnosticResult("CDK303", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("JobsUrl", "WorkersStack"),
            new DiagnosticResult("CDK303", DiagnosticSeverity.Warning).WithLocation(1).WithArguments("JobsUrl", "WorkersStack"),
            new DiagnosticResult("CDK303", DiagnosticSeverity.Warning).WithLocation(2).WithArguments("JobsUrl", "WorkersStack"),
        });
}
