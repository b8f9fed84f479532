using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CdkAnalyzers.Benchmarks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: dotnet run -c Release --project benchmarks/CdkAnalyzers.Benchmarks -- [--sizes 50,200,800] [--runs 3] [--out file.md]
// For each size: compile a generated app (parse, bind, emit) with and without all CdkAnalyzers, median of --runs,
// plus one run with the analyzer driver's per-analyzer telemetry.
// Or: -- --write-app DIR --stacks N [--version V] writes the generated app as a project that uses the packed package.
if (Option("--write-app", "") is { Length: > 0 } appDir)
{
    WriteApp(appDir, int.Parse(Option("--stacks", "200"), CultureInfo.InvariantCulture), Option("--version", "0.1.0"), Option("--packages", ""));
    return;
}

var sizes = Option("--sizes", "50,200,800").Split(',').Select(int.Parse).ToArray();
var runs = int.Parse(Option("--runs", "3"), CultureInfo.InvariantCulture);
var outFile = Option("--out", "");

var references = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
    .Concat(new[] { "Amazon.CDK.Lib.dll", "Constructs.dll", "Amazon.JSII.Runtime.dll" }.Select(f => MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, f))))
    .ToImmutableArray();
var analyzers = typeof(CdkAnalyzers.CdkAnalyzer).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
    .OrderBy(t => t.Name)
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .ToImmutableArray();
var noAnalyzers = ImmutableArray<DiagnosticAnalyzer>.Empty;
// What any analyzer with operation actions costs: the driver builds operation trees for every body.
var emptyAnalyzer = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer());
var enableAll = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct()
    .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Warn);

// Or: -- --first-diagnostic DIR times how long the analyzers take to report on an app's sources (warm, median of 5).
if (Option("--first-diagnostic", "") is { Length: > 0 } sampleDir)
{
    FirstDiagnostic(sampleDir);
    return;
}

var report = new StringBuilder();
report.AppendLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}; median of {runs} runs; every rule enabled.");
report.AppendLine();
report.AppendLine("| stacks | lines | compile, no analyzers | compile + an empty operation analyzer | compile + CdkAnalyzers | CdkAnalyzers over the empty analyzer | over no analyzers | per stack | CdkAnalyzers' own callback time | most expensive rule (share of ours) |");
report.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
var details = new StringBuilder();

Measure(20, 1, quiet: true); // warm-up: JIT, metadata
foreach (var size in sizes)
    Measure(size, runs, quiet: false);

Console.WriteLine(report);
Console.WriteLine(details);
if (outFile.Length > 0)
    File.WriteAllText(outFile, report + Environment.NewLine + details);

void Measure(int size, int count, bool quiet)
{
    var files = AppGenerator.Generate(size, withMistakes: true);
    var lines = files.Sum(f => f.Source.Count(c => c == '\n') + 1);
    var without = Enumerable.Range(0, count).Select(_ => Time(() => Compile(files, noAnalyzers, telemetry: false))).Order().ToList();
    var driver = Enumerable.Range(0, count).Select(_ => Time(() => Compile(files, emptyAnalyzer, telemetry: false))).Order().ToList();
    var with = Enumerable.Range(0, count).Select(_ => Time(() => Compile(files, analyzers, telemetry: false))).Order().ToList();
    var perAnalyzer = Compile(files, analyzers, telemetry: true)!;
    if (quiet)
        return;

    var medianWithout = without[count / 2];
    var medianDriver = driver[count / 2];
    var medianWith = with[count / 2];
    var ours = perAnalyzer.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
    var top = perAnalyzer.OrderByDescending(p => p.Value).First();
    report.AppendLine(string.Create(CultureInfo.InvariantCulture,
        $"| {size} | {lines:N0} | {medianWithout.TotalSeconds:F2} s | {medianDriver.TotalSeconds:F2} s | {medianWith.TotalSeconds:F2} s | {(medianWith - medianDriver) / medianDriver:P1} | {(medianWith - medianWithout) / medianWithout:P1} | {medianWith.TotalMilliseconds / size:F1} ms | {ours.TotalSeconds:F2} s ({ours / medianWithout:P1} of compile) | {top.Key} ({top.Value / ours:P0}) |"));
    details.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Per analyzer at {size} stacks (driver telemetry, summed over threads):"));
    foreach (var (name, time) in perAnalyzer.OrderByDescending(p => p.Value))
        details.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- {name}: {time.TotalMilliseconds:F0} ms ({time / ours:P1})"));
    details.AppendLine();
}

Dictionary<string, TimeSpan>? Compile(List<(string Path, string Source)> files, ImmutableArray<DiagnosticAnalyzer> withAnalyzers, bool telemetry)
{
    var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Source, path: f.Path)).ToList();
    var compilation = CSharpCompilation.Create("Generated", trees, references,
        new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true)
            .WithSpecificDiagnosticOptions(enableAll));
    Dictionary<string, TimeSpan>? perAnalyzer = null;
    if (!withAnalyzers.IsEmpty)
    {
        var driver = compilation.WithAnalyzers(withAnalyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: telemetry));
        var result = driver.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
        var diagnostics = compilation.GetDiagnostics().AddRange(result.GetAllDiagnostics());
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal)))
            throw new InvalidOperationException("generated app does not compile: " + diagnostics.First(d => d.Id.StartsWith("CS", StringComparison.Ordinal)));
        if (telemetry)
            perAnalyzer = withAnalyzers.ToDictionary(a => a.GetType().Name, a => result.AnalyzerTelemetryInfo[a].ExecutionTime);
    }
    else
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException("generated app does not compile: " + errors[0]);
    }
    var emit = compilation.Emit(Stream.Null);
    if (!emit.Success)
        throw new InvalidOperationException("emit failed");
    return perAnalyzer;
}

void FirstDiagnostic(string dir)
{
    var trees = Directory.GetFiles(dir, "*.cs").Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f)).ToList();
    TimeSpan Run(out int count)
    {
        var compilation = CSharpCompilation.Create("Sample", trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var watch = Stopwatch.StartNew();
        var diagnostics = compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        count = diagnostics.Length;
        return watch.Elapsed;
    }
    Run(out _);
    var times = Enumerable.Range(0, 5).Select(_ => Run(out _)).Order().ToList();
    Run(out var found);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{dir}: {found} diagnostics in {times[2].TotalMilliseconds:F0} ms (median of 5, warm; whole app analysed)"));
}

static void WriteApp(string dir, int stacks, string version, string packages)
{
    Directory.CreateDirectory(dir);
    foreach (var (path, source) in AppGenerator.Generate(stacks, withMistakes: true))
        File.WriteAllText(Path.Combine(dir, path), source);
    File.WriteAllText(Path.Combine(dir, "cdk.json"), "{ \"app\": \"dotnet run\" }\n");
    File.WriteAllText(Path.Combine(dir, "NuGet.config"), $"<configuration><packageSources><add key=\"cdkanalyzers-local\" value=\"{packages}\" /></packageSources></configuration>\n");
    // WithCdkAnalyzers=false builds the same app without the package, for the comparison.
    File.WriteAllText(Path.Combine(dir, "Generated.csproj"), $$"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Amazon.CDK.Lib" Version="2.160.0" />
            <PackageReference Include="Constructs" Version="10.0.5" />
            <PackageReference Include="CdkAnalyzers" Version="{{version}}" PrivateAssets="all" Condition="'$(WithCdkAnalyzers)' != 'false'" />
          </ItemGroup>
        </Project>
        """);
}

static TimeSpan Time(Action action)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var watch = Stopwatch.StartNew();
    action();
    return watch.Elapsed;
}

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

/// <summary>Registers an operation block action that does nothing: the driver's cost, which every analyzer package pays.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("EMPTY", "Never reported", "Never reported", "None", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationBlockAction(_ => { });
    }
}
