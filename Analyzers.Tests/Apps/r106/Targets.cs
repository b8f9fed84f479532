using System.Collections.Generic;

namespace Shop.Infra.Config;

public sealed record Target(string Stage, string Account, string Region, int WorkerTimeoutSeconds = 30)
{
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();
}

public static class Targets
{
    private static readonly Target Base = new("base", "000000000000", "eu-west-1");

    public static readonly IReadOnlyList<Target> All =
    [
        Base with { Stage = "dev", Account = "210987654321" }, //! CDK201
        Base with { Stage = "prod", Account = "310987654321", WorkerTimeoutSeconds = 90, Variables = new Dictionary<string, string> { ["LOG_LEVEL"] = "warn" } }, //! CDK201
    ];
}
