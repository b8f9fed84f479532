namespace Shop.Configuration;

public sealed record StageSettings(string Stage, string Account, string Region, string Prefix)
{
    public bool IsProduction => Stage == "prod";

    public static StageSettings ForStage(string stage) => stage switch
    {
        "prod" => new("prod", "123456789012", "eu-west-1", "shop"), //! CDK202
        _ => new(stage, System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT") ?? "", "eu-west-1", "shop"),
    };
}
