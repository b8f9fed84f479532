using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SSM;
using Constructs;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
using Function = Amazon.CDK.AWS.Lambda.Function;

namespace BasicStack;

public sealed class TapStackProps : StackProps
{
    public string EnvironmentSuffix { get; init; } = "dev";
}

// Failure report 000: a basic S3 + DynamoDB + Lambda stack, named project-env-resource.
public sealed class TapStack : Stack
{
    public TapStack(Construct scope, string id, TapStackProps props) : base(scope, id, props)
    {
        var suffix = props.EnvironmentSuffix;
        // A context lookup: it needs the stack's account and region at synth.
        var retentionDays = StringParameter.ValueFromLookup(this, $"/tap/{suffix}/retention-days");

        var data = new Bucket(this, "Data", new BucketProps
        {
            BucketName = $"tap-{suffix}-data-{Aws.ACCOUNT_ID}",
            Versioned = true,
            Encryption = BucketEncryption.S3_MANAGED,
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            RemovalPolicy = RemovalPolicy.DESTROY,
            AutoDeleteObjects = true,
        });
        var items = new Table(this, "Items", new TableProps
        {
            TableName = $"tap-{suffix}-items",
            PartitionKey = new Attribute { Name = "id", Type = AttributeType.STRING },
            BillingMode = BillingMode.PAY_PER_REQUEST,
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        var handler = new Function(this, "Handler", new FunctionProps
        {
            FunctionName = $"tap-{suffix}-handler",
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("def handler(event, context):\n    return event\n"),
            Environment = new Dictionary<string, string>
            {
                { "S3_BUCKET", data.BucketName },
                { "DYNAMODB_TABLE", items.TableName },
                { "RETENTION_DAYS", retentionDays },
            },
        });
        data.GrantReadWrite(handler);
        items.GrantReadWriteData(handler);

        new CfnOutput(this, "BucketName", new CfnOutputProps { Value = data.BucketName });
        new CfnOutput(this, "TableName", new CfnOutputProps { Value = items.TableName });
        new CfnOutput(this, "FunctionName", new CfnOutputProps { Value = handler.FunctionName });
    }
}
