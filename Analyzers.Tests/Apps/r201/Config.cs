namespace Platform;

public sealed record AppConfig(string Name, string Prefix, string Region)
{
    public Amazon.CDK.Environment Environment => new() { Account = Accounts.Shared, Region = Region };

    public static AppConfig Load(App app)
        => new(app.Node.TryGetContext("name") as string ?? "Platform", "acme", "eu-west-1");
}

public static class Accounts
{
    public const string Shared = "123456789012"; //! CDK202
}
