using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Constructs;
using LambdaFunction = Amazon.CDK.AWS.Lambda.Function;

namespace Shop.Constructs;

public sealed record ApiFunctionOptions
{
    public required string Handler { get; init; }
    public Duration Timeout { get; init; } = Duration.Seconds(10);
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();
}

public sealed class ApiFunction : Construct
{
    public LambdaFunction Function { get; }

    public ApiFunction(Construct scope, string id, ApiFunctionOptions options) : base(scope, id)
    {
        var environment = new Dictionary<string, string> { ["POWERTOOLS_SERVICE_NAME"] = id };
        foreach (var (name, value) in options.Variables)
            environment[name] = value;

        Function = new LambdaFunction(this, "Function", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = options.Handler,
            Code = Code.FromInline("def handler(event, context): return {}"),
            Timeout = options.Timeout,
            Environment = environment,
        });
    }
}
