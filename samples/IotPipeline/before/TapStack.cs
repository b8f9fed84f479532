using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.Timestream;
using Constructs;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
using Function = Amazon.CDK.AWS.Lambda.Function;

namespace IotPipeline;

// Failure report 001: an IoT data pipeline, as first written.
public sealed class TapStack : Stack  // CDK301 (§3): the outputs file came back empty.
{
    public TapStack(Construct scope, string id, string suffix) : base(scope, id)
    {
        new IotDataStack(this, "IotData", suffix);
        new Topic(this, "Alerts", new TopicProps { TopicName = $"iot-alerts-{suffix}" });
    }
}

public sealed class IotDataStack : NestedStack
{
    public IotDataStack(Construct scope, string id, string suffix) : base(scope, id)
    {
        // §5: the account could not use Timestream at all.
        var database = new CfnDatabase(this, "Telemetry", new CfnDatabaseProps { DatabaseName = $"iot-{suffix}" });  // CDK501

        // §1: the stack was moved to DynamoDB, the function's variables were not.
        var readings = new Table(this, "Readings", new TableProps
        {
            PartitionKey = new Attribute { Name = "deviceId", Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "timestamp", Type = AttributeType.NUMBER },
            BillingMode = BillingMode.PAY_PER_REQUEST,
            RemovalPolicy = RemovalPolicy.DESTROY,
        });

        var processor = new Function(this, "Processor", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("def handler(event, context):\n    return event\n"),
            Environment = new Dictionary<string, string>
            {
                { "TIMESTREAM_DATABASE", database.DatabaseName! },
                { "TIMESTREAM_TABLE", readings.TableName },  // CDK302 (§1)
                { "KINESIS_STREAM", "iot-ingest" },          // CDK305: the app creates no Kinesis stream
                { "AWS_REGION", "us-east-1" },               // CDK101 (§2)
            },
        });
        readings.GrantWriteData(processor);

        // §4: the logs service was never allowed to use the key.
        var logsKey = new Key(this, "LogsKey", new KeyProps { EnableKeyRotation = true });
        new LogGroup(this, "ProcessorLogs", new LogGroupProps { EncryptionKey = logsKey, Retention = RetentionDays.ONE_WEEK });  // CDK105

        // §11: the packaged handler was never built into the folder the code points at.
        new Function(this, "BatchProcessor", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "processor.handler",
            Code = Code.FromAsset("lib/lambda/processor.zip"),  // CDK106
        });

        // §15: outputs of a nested stack never reach the outputs file.
        new CfnOutput(this, "ReadingsTableName", new CfnOutputProps { Value = readings.TableName });  // CDK303
    }
}
