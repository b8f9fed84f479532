using Amazon.CDK;

namespace BasicStack;

public static class Program
{
    public static void Main()
    {
        var app = new App();
        var suffix = app.Node.TryGetContext("environmentSuffix") as string ?? "dev";
        // The account and region the CDK CLI resolved from the credentials in use.
        new TapStack(app, "TapStack" + suffix, new TapStackProps
        {
            EnvironmentSuffix = suffix,
            Env = new Amazon.CDK.Environment
            {
                Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"),
                Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION"),
            },
        });
        app.Synth();
    }
}
