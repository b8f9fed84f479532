using System.Threading.Tasks;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.NestedStackOutputAnalyzer>;

namespace CdkAnalyzers.Tests;

public class NestedStackOutputTests
{
    [Fact]
    public Task OutputInNestedStack() => VerifyCS.AnalyzerAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : NestedStack
        {
            public StorageStack(Construct scope, string id) : base(scope, id)
            {
                var bucket = new Bucket(this, "Data");
                {|CDK303:new CfnOutput(this, "BucketName", new CfnOutputProps { Value = bucket.BucketName })|};
            }
        }

        class TapStack : Stack
        {
            public TapStack(Construct scope, string id) : base(scope, id)
            {
                var storage = new StorageStack(this, "Storage");
                new CfnOutput(this, "Flat", new CfnOutputProps { Value = storage.StackName });
            }
        }

        class Helper : Construct
        {
            public Helper(Construct scope, string id) : base(scope, id)
                => new CfnOutput(this, "InAConstruct", new CfnOutputProps { Value = "x" });
        }
        """);
}
