using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static CdkAnalyzers.Tests.TestCode;

namespace CdkAnalyzers.Tests;

/// <summary>
/// Fix-All asked without an equivalence key, as <c>dotnet format analyzers</c> asks when the first diagnostic of the
/// analyzer (which runs many rules) belongs to another rule: the fix takes the key of its own first diagnostic.
/// </summary>
public class FixAllWithoutKeyTests
{
    [Fact]
    public async Task FixAllWithoutAKeyFixesEveryDiagnosticOfTheRule()
    {
        var source = Stack("""
                new Function(this, "F", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string> { ["AWS_REGION"] = "x" },
                });
                new Role(this, "R", new RoleProps { AssumedBy = new ArnPrincipal("arn:aws:iam::493817265012:role/ci") });
                new Role(this, "S", new RoleProps { AssumedBy = new ArnPrincipal("arn:aws:iam::493817265012:root") });
        """, "Lambda IAM");
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Fix", "Fix", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            metadataReferences: CdkReferences.All));
        var document = workspace.AddDocument(project.Id, "Stack.cs", Microsoft.CodeAnalysis.Text.SourceText.From(source));
        var (diagnostics, exceptions, _) = await AllAnalyzers.RunAsync((await document.Project.GetCompilationAsync())!);
        Assert.Empty(exceptions);
        Assert.Equal(2, diagnostics.Count(d => d.Id == "CDK201"));
        Assert.Contains(diagnostics, d => d.Id == "CDK101");

        var fix = new AccountIdCodeFix();
        var provider = new Provider(diagnostics);
        var context = new FixAllContext(document, fix, FixAllScope.Document, codeActionEquivalenceKey: null, new[] { "CDK201" }, provider, CancellationToken.None);
        Assert.Null(await WellKnownFixAllProviders.BatchFixer.GetFixAsync(context));

        var action = await fix.GetFixAllProvider().GetFixAsync(context);
        Assert.NotNull(action);
        var change = (await action!.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var text = (await change.ChangedSolution.GetDocument(document.Id)!.GetTextAsync()).ToString();
        Assert.DoesNotContain("493817265012", text);
        Assert.Contains("AWS_REGION", text);
    }

    private sealed class Provider(IEnumerable<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics.Where(d => d.Location.IsInSource));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics);
    }
}
