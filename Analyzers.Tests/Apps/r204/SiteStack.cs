using Amazon.CDK;
using Amazon.CDK.AWS.ElasticBeanstalk;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.SNS.Subscriptions;
using Constructs;

namespace Site;

public sealed class SiteStack : Stack
{
    public SiteStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var assets = new Bucket(this, "Assets", new BucketProps
        {
            BucketName = Context("siteBucket"), //! CDK102
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
        });
        var logs = new Bucket(this, "Logs", new BucketProps { BucketName = Context("logsBucket") });

        var platform = Node.TryGetContext("platform")?.ToString() ?? "";
        var application = new CfnApplication(this, "App", new CfnApplicationProps { ApplicationName = "acme-site" });
        var environment = new CfnEnvironment(this, "Web", new CfnEnvironmentProps
        {
            ApplicationName = application.ApplicationName!,
            PlatformArn = platform,
        });
        environment.AddDependency(application);

        var alerts = new Topic(this, "Alerts");
        alerts.AddSubscription(new EmailSubscription((string)Node.TryGetContext("alertsEmail"))); //! CDK204

        new CfnOutput(this, "AssetsBucket", new CfnOutputProps { Value = assets.BucketName });
        new CfnOutput(this, "LogsBucket", new CfnOutputProps { Value = logs.BucketName });
        new CfnOutput(this, "AlertsTopic", new CfnOutputProps { Value = alerts.TopicArn });
        new CfnOutput(this, "Environment", new CfnOutputProps { Value = environment.Ref });
    }

    private string Context(string key) => (string)Node.TryGetContext(key);
}
