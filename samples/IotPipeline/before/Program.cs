using Amazon.CDK;

namespace IotPipeline;

public static class Program
{
    public static void Main()
    {
        var app = new App();
        var suffix = app.Node.TryGetContext("environmentSuffix") as string ?? "dev";
        new TapStack(app, "TapStack" + suffix, suffix);
        app.Synth();
    }
}
