using Amazon.CDK;

namespace BasicStack;

public static class Program
{
    public static void Main()
    {
        var app = new App();
        var suffix = app.Node.TryGetContext("environmentSuffix") as string ?? "dev";
        // Failure report 000: no account or region given to a stack that looks up context.
        new TapStack(app, "TapStack" + suffix, new TapStackProps { EnvironmentSuffix = suffix });
        app.Synth();
    }
}
