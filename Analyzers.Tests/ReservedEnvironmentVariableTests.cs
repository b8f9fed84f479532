using System.Threading.Tasks;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.ReservedEnvironmentVariableAnalyzer>;

namespace CdkAnalyzers.Tests;

public class ReservedEnvironmentVariableTests
{
    [Fact]
    public Task FunctionPropsCollectionInitializer() => VerifyCS.AnalyzerAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;
        using System.Collections.Generic;

        class AppStack : Stack
        {
            public AppStack(Construct scope, string id) : base(scope, id)
            {
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "index.handler",
                    Code = Code.FromInline("def handler(e, c): pass"),
                    Environment = new Dictionary<string, string>
                    {
                        {|CDK101:{ "AWS_REGION", "us-east-1" }|},
                        { "TABLE", "orders" },
                    },
                });
            }
        }
        """);
}
