using Amazon.CDK.AWS.S3;

namespace Platform.Stacks;

public sealed class StorageStack : Stack
{
    public Bucket Uploads { get; }

    public StorageStack(Construct scope, string id, AppConfig config)
        : base(scope, id, new StackProps { Env = config.Environment })
    {
        Uploads = new Bucket(this, "Uploads", new BucketProps { BucketName = $"{config.Prefix}-Uploads" }); //! CDK102
        _ = new CfnOutput(this, "UploadsBucket", new CfnOutputProps { Value = Uploads.BucketName });
    }
}
