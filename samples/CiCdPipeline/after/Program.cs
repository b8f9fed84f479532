using Amazon.CDK;

namespace CiCdPipeline;

public static class Program
{
    public static void Main()
    {
        var app = new App();
        var suffix = app.Node.TryGetContext("environmentSuffix") as string ?? "dev";
        new PipelineStack(app, "PipelineStack" + suffix, suffix);
        app.Synth();
    }
}
