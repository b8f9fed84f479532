using System.Collections.Generic;
using Amazon.CDK;

namespace Orders.Infra;

internal sealed record StageConfig(string Name, string Account, string Region, IReadOnlyDictionary<string, string> Variables);

internal static class Stages
{
    public static readonly StageConfig[] All =
    [
        new("dev", "210987654321", "eu-west-1", new Dictionary<string, string> { ["LOG_LEVEL"] = "debug" }), //! CDK201
        new("prod", "310987654321", "eu-west-1", new Dictionary<string, string> { ["LOG_LEVEL"] = "warn", ["AWS_REGION"] = "eu-west-1" }), //! CDK201 CDK101
    ];
}
