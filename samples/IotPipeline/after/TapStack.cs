using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.SNS;
using Constructs;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
using Function = Amazon.CDK.AWS.Lambda.Function;

namespace IotPipeline;

// Failure report 001, fixed the way the report fixed it.
public sealed class TapStack : Stack
{
    public TapStack(Construct scope, string id, string suffix) : base(scope, id)
    {
        var data = new IotDataStack(this, "IotData");
        var alerts = new Topic(this, "Alerts", new TopicProps { TopicName = $"iot-alerts-{suffix}" });

        // Outputs live in the top-level stack, where the outputs file picks them up.
        new CfnOutput(this, "ReadingsTableName", new CfnOutputProps { Value = data.Readings.TableName });
        new CfnOutput(this, "ProcessorFunctionName", new CfnOutputProps { Value = data.Processor.FunctionName });
        new CfnOutput(this, "AlertsTopicArn", new CfnOutputProps { Value = alerts.TopicArn });
    }
}

public sealed class IotDataStack : NestedStack
{
    public IotDataStack(Construct scope, string id) : base(scope, id)
    {
        // DynamoDB instead of Timestream, which new accounts cannot use.
        Readings = new Table(this, "Readings", new TableProps
        {
            PartitionKey = new Attribute { Name = "deviceId", Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "timestamp", Type = AttributeType.NUMBER },
            BillingMode = BillingMode.PAY_PER_REQUEST,
            RemovalPolicy = RemovalPolicy.DESTROY,
        });

        Processor = new Function(this, "Processor", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("def handler(event, context):\n    return event\n"),
            Environment = new Dictionary<string, string>
            {
                { "DYNAMODB_TABLE", Readings.TableName },
            },
        });
        Readings.GrantWriteData(Processor);

        // The key lets CloudWatch Logs use it before the log group is created with it.
        var logsKey = new Key(this, "LogsKey", new KeyProps { EnableKeyRotation = true });
        logsKey.GrantEncryptDecrypt(new ServicePrincipal($"logs.{Stack.Of(this).Region}.amazonaws.com"));
        new LogGroup(this, "ProcessorLogs", new LogGroupProps { EncryptionKey = logsKey, Retention = RetentionDays.ONE_WEEK });

        // The handler's folder is part of the app, so the asset exists at synth.
        new Function(this, "BatchProcessor", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "processor.handler",
            Code = Code.FromAsset("lib/lambda/processor"),
        });
    }

    public Table Readings { get; }

    public Function Processor { get; }
}
