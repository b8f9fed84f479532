using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.S3;
using Constructs;
using Shop.Configuration;
using Shop.Constructs;

namespace Shop.Stacks;

public sealed class ApiStackProps : StackProps
{
    public required StageSettings Settings { get; init; }
    public required ITable Orders { get; init; }
    public required IBucket Media { get; init; }
}

public sealed class ApiStack : Stack
{
    public ApiStack(Construct scope, string id, ApiStackProps props) : base(scope, id, props)
    {
        var checkout = new ApiFunction(this, "Checkout", new ApiFunctionOptions
        {
            Handler = "checkout.handler",
            Variables = new Dictionary<string, string>
            {
                ["ORDERS_TABLE"] = props.Orders.TableName,
                ["MEDIA_BUCKET"] = props.Media.BucketName,
                ["_X_AMZN_TRACE_ID"] = "disabled", //! CDK101
            },
        });
        props.Orders.GrantReadWriteData(checkout.Function);

        var fulfilment = new QueueConsumer(this, "Fulfilment", new QueueConsumerOptions("fulfilment.handler", Duration.Minutes(2))); //! CDK109
        _ = new CfnOutput(this, "CheckoutName", new CfnOutputProps { Value = checkout.Function.FunctionName });
        _ = new CfnOutput(this, "FulfilmentUrl", new CfnOutputProps { Value = fulfilment.Queue.QueueUrl });
    }
}
