using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using static CdkAnalyzers.Tests.TestCode;

namespace CdkAnalyzers.Tests.Values;

/// <summary>
/// The strings each CDK call or assignment gives the CDK are collected once and read by every value rule
/// (CDK201–CDK204): together, the rules report exactly what each reports alone.
/// </summary>
public class SinkTests
{
    private static readonly string Source = Stack("""
                var topic = "arn:aws:sns:eu-west-1:210987654321:orders";
                var names = new Dictionary<string, string> { ["REPO"] = "your-org/orders", ["TOPIC"] = topic };
                new Function(this, "Handler", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "index.handler",
                    Code = Code.FromInline("# <TOPIC_ARN>\n" + "TOPIC = '" + topic + "'"),
                    Environment = names,
                });
        """, "Lambda");

    [Fact]
    public async Task TogetherTheValueRulesReportWhatEachReportsAlone()
    {
        var compilation = AllAnalyzers.Compile(new[] { Source });
        var (all, exceptions, _) = await AllAnalyzers.RunAsync(compilation);
        Assert.Empty(exceptions);
        var together = Describe(all.Where(d => d.Id is "CDK201" or "CDK202" or "CDK203" or "CDK204"));

        var alone = new List<string>();
        foreach (var analyzer in new DiagnosticAnalyzer[] { new AccountIdAnalyzer(), new HardcodedRegionAnalyzer(), new PlaceholderValueAnalyzer() })
            alone.AddRange(Describe(await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync()));

        // The inline code is content: its <TOPIC_ARN> is no placeholder (CDK204 skips it); the environment's entries
        // are configuration: an account and a region in an ARN (CDK201, CDK203), a placeholder owner (CDK204).
        Assert.Equal(new[]
        {
            "CDK201 \"arn:aws:sns:eu-west-1:210987654321:orders\"",
            "CDK203 \"arn:aws:sns:eu-west-1:210987654321:orders\"",
            "CDK204 \"your-org/orders\"",
        }, together);
        Assert.Equal(together, alone.OrderBy(s => s, System.StringComparer.Ordinal).ToList());
    }

    private static List<string> Describe(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Select(d => $"{d.Id} {Source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)}")
            .Distinct()
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToList();
}
