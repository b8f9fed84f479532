using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Lambda.EventSources;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SQS;
using Constructs;
using Function = Amazon.CDK.AWS.Lambda.Function;

namespace Infra;

public sealed class ApiStackProps : StackProps
{
    public required string Stage { get; init; }
    public required ITable Orders { get; init; }
    public required IBucket Uploads { get; init; }
    public required IQueue Events { get; init; }
}

public sealed record HandlerSpec(string Name, string Handler, int MemoryMb = 512, int TimeoutSeconds = 30);

public sealed class ApiStack : Stack
{
    public ApiStack(Construct scope, string id, ApiStackProps props) : base(scope, id, props)
    {
        var key = new Key(this, "LogsKey", new KeyProps { EnableKeyRotation = true });
        key.GrantEncryptDecrypt(new ServicePrincipal($"logs.{Stack.Of(this).Region}.amazonaws.com"));
        HandlerSpec[] specs =
        [
            new("GetOrder", "Api::Api.Orders::Get"),
            new("PutOrder", "Api::Api.Orders::Put", MemoryMb: 1024),
            new("Consume", "Api::Api.Events::Consume", TimeoutSeconds: 300),
        ];
        var common = new Dictionary<string, string>
        {
            ["STAGE"] = props.Stage,
            ["DYNAMODB_TABLE"] = props.Orders.TableName,
            ["S3_BUCKET"] = props.Uploads.BucketName,
            ["SQS_QUEUE_URL"] = props.Events.QueueUrl,
            ["POWERTOOLS_SERVICE_NAME"] = "orders",
        };
        foreach (var spec in specs)
        {
            var logs = new LogGroup(this, $"{spec.Name}Logs", new LogGroupProps { EncryptionKey = key, Retention = RetentionDays.ONE_MONTH });
            var fn = new Function(this, spec.Name, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12,
                Handler = spec.Handler,
                Code = Code.FromInline("x"),
                MemorySize = spec.MemoryMb,
                Timeout = Duration.Seconds(spec.TimeoutSeconds),
                Environment = new Dictionary<string, string>(common),
                LogGroup = logs,
            });
            props.Orders.GrantReadWriteData(fn);
            if (spec.Name == "Consume")
                fn.AddEventSource(new SqsEventSource(props.Events, new SqsEventSourceProps { BatchSize = 10 }));
            _ = new CfnOutput(this, $"{spec.Name}Arn", new CfnOutputProps { Value = fn.FunctionArn });
        }
        var topicArn = $"arn:aws:sns:{Aws.REGION}:{Aws.ACCOUNT_ID}:alerts-{props.Stage}";
        _ = Amazon.CDK.AWS.SNS.Topic.FromTopicArn(this, "Alerts", topicArn);
    }
}
