using Amazon.CDK;

namespace MediaJobs;

public static class Program
{
    public static void Main()
    {
        var app = new App();
        var settings = JobSettings.FromContext(app);
        var env = new Amazon.CDK.Environment
        {
            Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"),
            Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION"),
        };

        // Blue/green: two copies of one stack, side by side in one account and region.
        new MediaJobsStack(app, "MediaJobsBlue", settings, new StackProps { Env = env });
        new MediaJobsStack(app, "MediaJobsGreen", settings, new StackProps { Env = env });
        app.Synth();
    }
}
