using System.Collections.Generic;
using System.Linq;
using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Lambda.EventSources;
using Constructs;
using Shop.Infra.Config;
using Function = Amazon.CDK.AWS.Lambda.Function;

namespace Shop.Infra;

public sealed class ApiStack : Stack
{
    public ApiStack(Construct scope, string id, Target target, SharedStack shared)
        : base(scope, id, new StackProps { Env = new Amazon.CDK.Environment { Account = target.Account, Region = target.Region } })
    {
        var worker = Functions.Make(this, "Worker", props =>
        {
            props.Timeout = Duration.Seconds(target.WorkerTimeoutSeconds);
            props.Environment = target.Variables.Concat(new Dictionary<string, string>
            {
                ["ORDERS_QUEUE_URL"] = shared.Orders.QueueUrl,
                ["DYNAMODB_TABLE"] = shared.Orders.QueueName, //! CDK302
            }).ToDictionary(kv => kv.Key, kv => kv.Value);
        });
        worker.AddEventSource(new SqsEventSource(shared.Orders));
        new CfnOutput(this, "WorkerName", new CfnOutputProps { Value = worker.FunctionName });
    }
}

public static class Functions
{
    public static Function Make(Construct scope, string id, System.Action<FunctionProps> configure)
    {
        var props = new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "app.handler",
            Code = Code.FromInline("def handler(e, c): pass"),
        };
        configure(props);
        return new Function(scope, id, props);
    }
}
