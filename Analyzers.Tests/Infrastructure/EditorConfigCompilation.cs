using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers.Tests;

/// <summary>
/// Runs analyzers the way the compiler does with an .editorconfig: severities from
/// <c>dotnet_diagnostic.*.severity</c> decide what is reported, nothing is force-enabled.
/// </summary>
internal static class EditorConfigCompilation
{
    public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, string editorConfig, params DiagnosticAnalyzer[] analyzers)
        => AnalyzeAsync(source, editorConfig, globalConfig: null, analyzers);

    /// <summary>As above, with a global config (a preset the package ships) under the .editorconfig.</summary>
    public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, string editorConfig, string? globalConfig, params DiagnosticAnalyzer[] analyzers)
        => Driver(source, editorConfig, globalConfig, analyzers).GetAnalyzerDiagnosticsAsync();

    /// <summary>The driver itself, which also tells what each analyzer registered.</summary>
    public static CompilationWithAnalyzers Driver(string source, string editorConfig, string? globalConfig, params DiagnosticAnalyzer[] analyzers)
    {
        const string path = "/src/Stack.cs";
        var configs = ImmutableArray.Create(AnalyzerConfig.Parse("root = true\n[*.cs]\n" + editorConfig, "/src/.editorconfig"));
        if (globalConfig is not null)
            configs = configs.Add(AnalyzerConfig.Parse(globalConfig, "/preset/CdkAnalyzers.globalconfig"));
        var configSet = AnalyzerConfigSet.Create(configs);
        var options = configSet.GetOptionsForSourcePath(path);
        var tree = CSharpSyntaxTree.ParseText(source, path: path);
        var compilation = CSharpCompilation.Create("Test", new[] { tree }, CdkReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithSyntaxTreeOptionsProvider(new TreeOptions(tree, options.TreeOptions, configSet.GlobalConfigOptions.TreeOptions)));
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ConfigOptionsProvider(options.AnalyzerOptions));
        return compilation.WithAnalyzers(ImmutableArray.Create(analyzers), new CompilationWithAnalyzersOptions(
            analyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
    }

    private sealed class TreeOptions(SyntaxTree tree, ImmutableDictionary<string, ReportDiagnostic> severities,
        ImmutableDictionary<string, ReportDiagnostic> globalSeverities) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree syntaxTree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree syntaxTree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return syntaxTree == tree && severities.TryGetValue(diagnosticId, out severity);
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => globalSeverities.TryGetValue(diagnosticId, out severity);
    }

    private sealed class ConfigOptionsProvider(ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                var found = values.TryGetValue(key, out var text);
                value = text ?? "";
                return found;
            }
        }
    }
}
