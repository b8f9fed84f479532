using System.Collections.Generic;
using System.Linq;
using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Constructs;
using Function = Amazon.CDK.AWS.Lambda.Function;

namespace Orders.Infra;

internal sealed class ServiceStack : Stack
{
    public ServiceStack(Construct scope, string id, StageConfig stage)
        : base(scope, id, new StackProps { Env = new Amazon.CDK.Environment { Account = stage.Account, Region = stage.Region } })
    {
        var fn = new Function(this, "Api", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "app.handler",
            Code = Code.FromInline("def handler(e, c): pass"),
            Environment = stage.Variables.ToDictionary(kv => kv.Key, kv => kv.Value),
        });
        new CfnOutput(this, "ApiName", new CfnOutputProps { Value = fn.FunctionName });
    }
}
