using Amazon.CDK;

namespace MediaJobs;

/// <summary>What the app reads from cdk.json's context, with the defaults the team uses.</summary>
public sealed record JobSettings(string Service, string[] Renditions, double WorkerMinutes)
{
    public static JobSettings FromContext(App app) => new(
        Service: app.Node.TryGetContext("service") as string ?? "media-transcoding-pipeline",
        Renditions: ["1080p", "720p", "480p"],
        WorkerMinutes: 5);
}
