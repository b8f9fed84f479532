using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.InvalidOptionAnalyzer>;

namespace CdkAnalyzers.Tests;

public class InvalidOptionTests
{
    private const string Source = """
        class AppStack : Stack
        {
            public AppStack(Construct scope, string id) : base(scope, id) { }
        }
        """;

    [Fact]
    public Task UnknownConventionIsNamedOnce() => VerifyCS.AnalyzerAsync(
        new[] { Source, "class Other { }" },
        "CDK401.convention = kebab\n",
        expected: new DiagnosticResult("CDK001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithArguments("CDK401.convention", "kebab", "consistent", "one of consistent, lower, upper, camel, pascal, snake"));

    [Fact]
    public Task MalformedAccountListIsNamed() => VerifyCS.AnalyzerAsync(
        new[] { Source },
        "cdk_analyzers.allowed_account_ids = 111111111111, 12345\n",
        expected: new DiagnosticResult("CDK001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithArguments("cdk_analyzers.allowed_account_ids", "111111111111, 12345", "(none)", "a comma-separated list of 12-digit account ids"));

    [Fact]
    public Task AnalysisDateThatIsNotADateIsNamed() => VerifyCS.AnalyzerAsync(
        new[] { Source },
        "build_property.CdkAnalyzersAsOfDate = 01/02/2027\n",
        expected: new DiagnosticResult("CDK001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithArguments("build_property.CdkAnalyzersAsOfDate", "01/02/2027", "(none)", "a date written yyyy-MM-dd"));

    [Fact]
    public Task ValidValuesAreSilent() => VerifyCS.AnalyzerAsync(
        new[] { Source },
        "CDK401.convention = Snake\ncdk_analyzers.allowed_account_ids = 111111111111,222222222222\nbuild_property.CdkAnalyzersAsOfDate = 2027-01-01\n");
}
