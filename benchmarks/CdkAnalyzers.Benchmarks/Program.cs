using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CdkAnalyzers.Benchmarks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: dotnet run -c Release --project benchmarks/CdkAnalyzers.Benchmarks -- [--sizes 50,200,800] [--runs 3] [--out file.md] [--without-mistakes]
// For each size: compile a generated app (parse, bind, emit) with and without all CdkAnalyzers, median of --runs,
// plus one run with the analyzer driver's per-analyzer telemetry. --without-mistakes generates the app with none of
// the catalog's mistakes (what most builds of a healthy app look like).
// Or: -- --write-app DIR --stacks N [--version V] [--packages DIR] [--without-mistakes] [--style classic|modern] writes the generated app as a
// project that uses the packed package (WithCdkAnalyzers=false leaves it out; WithAnchor=true adds the anchor package).
var withMistakes = !args.Contains("--without-mistakes");
// --style modern: the same resources written in today's C# styles (records, loops over specs, helpers); see AppGenerator.
var modern = Option("--style", "classic") switch
{
    "classic" => false,
    "modern" => true,
    var other => throw new ArgumentException($"--style must be classic or modern, not '{other}'"),
};
// The anchor package of the build report: Meziantou.Analyzer, the newest version the registry serves.
const string AnchorVersion = "3.0.321";
if (Option("--write-app", "") is { Length: > 0 } appDir)
{
    WriteApp(appDir, int.Parse(Option("--stacks", "200"), CultureInfo.InvariantCulture), Option("--version", "0.1.0"), Option("--packages", ""), withMistakes, modern);
    return;
}

var sizes = Option("--sizes", "50,200,800").Split(',').Select(int.Parse).ToArray();
var runs = int.Parse(Option("--runs", "3"), CultureInfo.InvariantCulture);
var outFile = Option("--out", "");

var references = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
    .Concat(new[] { "Amazon.CDK.Lib.dll", "Constructs.dll", "Amazon.JSII.Runtime.dll" }.Select(f => MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, f))))
    .ToImmutableArray();
// What a build loads: the analyzers with the attribute, each running a group of rules.
var analyzers = typeof(CdkAnalyzers.CdkAnalyzer).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), false))
    .OrderBy(t => t.Name)
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .ToImmutableArray();
// Every rule as an analyzer of its own: the driver then times each rule, which is how the per-rule shares are measured.
var rules = typeof(CdkAnalyzers.CdkAnalyzer).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(CdkAnalyzers.CdkAnalyzer).IsAssignableFrom(t))
    .OrderBy(t => t.Name)
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .ToImmutableArray();
var noAnalyzers = ImmutableArray<DiagnosticAnalyzer>.Empty;
// What any analyzer with operation actions costs: the driver builds operation trees for every body.
var emptyAnalyzer = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer());

// Or: -- --first-diagnostic DIR [--orders N] [--each] times how long the analyzers take to report on an app's sources
// (warm, median of 5), beside an empty analyzer, and each rule's share in N orders (10 unless told); --each adds every
// analyzer alone.
if (Option("--first-diagnostic", "") is { Length: > 0 } sampleDir)
{
    FirstDiagnostic(sampleDir);
    return;
}

var report = new StringBuilder();
report.AppendLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}; median of {runs} runs; default severities (CDK304 off, as users get it); app {(withMistakes ? "with" : "without")} mistakes.");
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
    var files = AppGenerator.Generate(size, withMistakes, modern);
    var lines = files.Sum(f => f.Source.Count(c => c == '\n') + 1);
    var without = Enumerable.Range(0, count).Select(_ => Time(() => Compile(files, noAnalyzers, telemetry: false))).Order().ToList();
    var driver = Enumerable.Range(0, count).Select(_ => Time(() => Compile(files, emptyAnalyzer, telemetry: false))).Order().ToList();
    var with = Enumerable.Range(0, count).Select(_ => Time(() => Compile(files, analyzers, telemetry: false))).Order().ToList();
    var shipped = Compile(files, analyzers, telemetry: true)!;
    var perAnalyzer = Compile(files, rules, telemetry: true)!;
    if (quiet)
        return;

    var medianWithout = without[count / 2];
    var medianDriver = driver[count / 2];
    var medianWith = with[count / 2];
    var ours = shipped.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
    var rulesTotal = perAnalyzer.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
    var top = perAnalyzer.OrderByDescending(p => p.Value).First();
    report.AppendLine(string.Create(CultureInfo.InvariantCulture,
        $"| {size} | {lines:N0} | {medianWithout.TotalSeconds:F2} s | {medianDriver.TotalSeconds:F2} s | {medianWith.TotalSeconds:F2} s | {(medianWith - medianDriver) / medianDriver:P1} | {(medianWith - medianWithout) / medianWithout:P1} | {medianWith.TotalMilliseconds / size:F1} ms | {ours.TotalSeconds:F2} s ({ours / medianWithout:P1} of compile) | {top.Key} ({top.Value / rulesTotal:P0}) |"));
    details.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Per rule at {size} stacks (each rule run as an analyzer of its own, {rulesTotal.TotalMilliseconds:F0} ms in all; driver telemetry, summed over threads):"));
    foreach (var (name, time) in perAnalyzer.OrderByDescending(p => p.Value))
        details.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- {name}: {time.TotalMilliseconds:F0} ms ({time / rulesTotal:P1})"));
    details.AppendLine();
}

Dictionary<string, TimeSpan>? Compile(List<(string Path, string Source)> files, ImmutableArray<DiagnosticAnalyzer> withAnalyzers, bool telemetry)
{
    var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Source, path: f.Path)).ToList();
    var compilation = CSharpCompilation.Create("Generated", trees, references,
        new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true));
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
    TimeSpan Run(ImmutableArray<DiagnosticAnalyzer> set, out int count)
    {
        var compilation = CSharpCompilation.Create("Sample", trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var watch = Stopwatch.StartNew();
        var diagnostics = compilation.WithAnalyzers(set).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        count = diagnostics.Length;
        return watch.Elapsed;
    }
    TimeSpan Median(ImmutableArray<DiagnosticAnalyzer> set) => Enumerable.Range(0, 5).Select(_ => Run(set, out _)).Order().ToList()[2];
    // Roslyn warmed first, so the first run with ours pays only for our own first use (JIT, tables), as a build's compiler does.
    Run(emptyAnalyzer, out _);
    Run(emptyAnalyzer, out _);
    var first = Run(analyzers, out _);
    // A loop of one-thread analyses with ours and nothing else, for a sampling profiler to attach to.
    if (Option("--profile-runs", "") is { Length: > 0 } profileRuns)
    {
        var watch = Stopwatch.StartNew();
        var callbacks = new List<double>();
        for (var i = 0; i < int.Parse(profileRuns, CultureInfo.InvariantCulture); i++)
        {
            var compilation = CSharpCompilation.Create("Sample", trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, concurrentBuild: false));
            var result = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
                concurrentAnalysis: false, logAnalyzerExecutionTime: true)).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            callbacks.Add(analyzers.Sum(a => result.AnalyzerTelemetryInfo[a].ExecutionTime.TotalMilliseconds));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{dir}: {profileRuns} analyses on one thread in {watch.Elapsed.TotalSeconds:F1} s; callbacks {string.Join(", ", callbacks.Select(c => c.ToString("F0", CultureInfo.InvariantCulture)))} ms"));
        return;
    }
    if (args.Contains("--first-only"))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{dir}: ours the first time {first.TotalMilliseconds:F0} ms"));
        return;
    }
    var ours = Median(analyzers);
    var empty = Median(emptyAnalyzer);
    // Allocation is the steadiest measure on a noisy machine, and what the garbage collector charges a build for.
    // On one thread, so that no answer is computed twice by threads racing for it: the same work gives the same bytes.
    long Allocated(ImmutableArray<DiagnosticAnalyzer> set)
    {
        var compilation = CSharpCompilation.Create("Sample", trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, concurrentBuild: false));
        var before = GC.GetTotalAllocatedBytes(precise: true);
        compilation.WithAnalyzers(set, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
            concurrentAnalysis: false, logAnalyzerExecutionTime: false)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }
    // Processor time of a run on one thread: steadier than wall time when the machine's other load comes and goes,
    // and free of the waits and duplicated work of threads racing for the same answer.
    double Cpu(ImmutableArray<DiagnosticAnalyzer> set) => Enumerable.Range(0, 3).Select(_ =>
    {
        var compilation = CSharpCompilation.Create("Sample", trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, concurrentBuild: false));
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        compilation.WithAnalyzers(set, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
            concurrentAnalysis: false, logAnalyzerExecutionTime: false)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds;
    }).Order().ToList()[1];
    // The driver's own account of our callbacks on one thread: only our work, none of the binding around it.
    var sequentialCallbacks = Enumerable.Range(0, 3).Select(_ =>
    {
        var compilation = CSharpCompilation.Create("Sample", trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, concurrentBuild: false));
        var result = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
            concurrentAnalysis: false, logAnalyzerExecutionTime: true)).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
        return analyzers.Sum(a => result.AnalyzerTelemetryInfo[a].ExecutionTime.TotalMilliseconds);
    }).Order().ToList();
    // What the analyzers' caches keep alive: the live heap when the compilation ends, beside the empty analyzer (one thread).
    long LiveAtEnd(ImmutableArray<DiagnosticAnalyzer> set)
    {
        var probe = new LiveMemoryProbe();
        var compilation = CSharpCompilation.Create("Sample", trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, concurrentBuild: false));
        compilation.WithAnalyzers(set.Add(probe), new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
            concurrentAnalysis: false, logAnalyzerExecutionTime: false)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return probe.LiveAtEnd;
    }
    // The driver's floor: as many do-nothing analyzers as a build loads of ours, and as many as we have rules (the
    // package's shape until the rules were grouped), registering what our rules register.
    var dispatchOnly = Enumerable.Range(0, analyzers.Length).Select(_ => (DiagnosticAnalyzer)new DispatchOnlyAnalyzer()).ToImmutableArray();
    var dispatchPerRule = Enumerable.Range(0, rules.Length).Select(_ => (DiagnosticAnalyzer)new DispatchOnlyAnalyzer()).ToImmutableArray();
    var allocatedFloor = Allocated(dispatchOnly);
    var allocatedFloorPerRule = Allocated(dispatchPerRule);
    var cpuFloor = Cpu(dispatchOnly);
    var allocatedPerRule = Allocated(rules);
    var liveOurs = LiveAtEnd(analyzers);
    var liveEmpty = LiveAtEnd(emptyAnalyzer);
    var cpuOurs = Cpu(analyzers);
    var cpuEmpty = Cpu(emptyAnalyzer);
    var allocatedOurs = Allocated(analyzers);
    var allocatedEmpty = Allocated(emptyAnalyzer);
    Run(analyzers, out var found);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{dir}: {found} diagnostics in {ours.TotalMilliseconds:F0} ms; an empty operation analyzer {empty.TotalMilliseconds:F0} ms (medians of 5, warm; whole app analysed, binding included); ours the first time {first.TotalMilliseconds:F0} ms"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  allocated on one thread: {allocatedOurs / 1e6:F0} MB with ours, {allocatedEmpty / 1e6:F0} MB with the empty analyzer: ours {(allocatedOurs - allocatedEmpty) / 1e6:F0} MB"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  alive when the compilation ends: {liveOurs / 1e6:F0} MB with ours, {liveEmpty / 1e6:F0} MB with the empty analyzer"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  processor time: {cpuOurs:F0} ms with ours, {cpuEmpty:F0} ms with the empty analyzer: ours {cpuOurs - cpuEmpty:F0} ms (one thread, medians of 3)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  the driver's floor, {dispatchOnly.Length} analyzers that register what ours do and do nothing: allocated {allocatedFloor / 1e6:F0} MB, processor time {cpuFloor:F0} ms (one thread; the empty analyzer's figures above); as {dispatchPerRule.Length} analyzers: allocated {allocatedFloorPerRule / 1e6:F0} MB"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  the rules as {rules.Length} analyzers of their own (the shape before they were grouped): allocated {allocatedPerRule / 1e6:F0} MB, ours {(allocatedPerRule - allocatedEmpty) / 1e6:F0} MB (one thread)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  callbacks on one thread: {sequentialCallbacks[1]:F0} ms (median of 3; {sequentialCallbacks[0]:F0}–{sequentialCallbacks[2]:F0})"));
    // The driver's own account of each rule's callbacks (each rule run as an analyzer of its own, summed over threads).
    // The driver runs the analyzers of an operation in the order it is given them, and whichever rule first asks the
    // value model about a file or a string pays for the answer the others then share. So the rules run in several
    // orders, one analysis each: name order, reverse order, and seeded shuffles. A rule's mean over the orders is its
    // own work plus about an equal part of each shared answer it asks for (each asker is first about equally often).
    var orderCount = Math.Max(2, int.Parse(Option("--orders", "10"), CultureInfo.InvariantCulture));
    var orders = new List<ImmutableArray<DiagnosticAnalyzer>> { rules, rules.Reverse().ToImmutableArray() };
    var shuffle = new Random(20261202);
    while (orders.Count < orderCount)
        orders.Add(rules.OrderBy(_ => shuffle.Next()).ToImmutableArray());
    PrintOrders("", orders.Select(CallbackTimes).ToList());
    // The same orders with the answers the value rules share (the strings of each value given to the CDK) asked first,
    // by the package's own shared collection on a line of its own: each rule's line is then its own work.
    var shared = new SharedAnswersAnalyzer();
    PrintOrders(", the shared strings asked first", orders.Select(order => CallbackTimes(order.Insert(0, shared))).ToList());

    void PrintOrders(string how, List<Dictionary<string, double>> perOrder)
    {
        PrintShares($"callbacks per rule, name order (each rule an analyzer of its own{how})", perOrder[0]);
        PrintShares("the same, reverse order", perOrder[1]);
        PrintShares($"each rule's mean over {orders.Count} orders (name, reverse, {orders.Count - 2} shuffled{how})",
            perOrder[0].Keys.ToDictionary(name => name, name => perOrder.Average(times => times[name])),
            name => string.Create(CultureInfo.InvariantCulture,
                $"; {perOrder.Min(times => Share(times, name)):F0}–{perOrder.Max(times => Share(times, name)):F0} % in single orders"));
    }

    // On one thread, as the other one-thread figures: on two cores the concurrent driver's per-analyzer times carry
    // the waits of callbacks for a core, and a rule's share moved by a third between runs.
    Dictionary<string, double> CallbackTimes(ImmutableArray<DiagnosticAnalyzer> ordered)
    {
        var compilation = CSharpCompilation.Create("Sample", trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, concurrentBuild: false));
        var driver = compilation.WithAnalyzers(ordered, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var result = driver.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
        return ordered.ToDictionary(a => a.GetType().Name, a => result.AnalyzerTelemetryInfo[a].ExecutionTime.TotalMilliseconds);
    }

    static double Share(Dictionary<string, double> times, string name) => 100 * times[name] / times.Values.Sum();

    static void PrintShares(string title, Dictionary<string, double> times, Func<string, string>? range = null)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {title}: {times.Values.Sum():F0} ms in all"));
        foreach (var (name, ms) in times.OrderByDescending(p => p.Value).Take(10))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {name}: {ms:F0} ms ({Share(times, name):F0} %{range?.Invoke(name)})"));
    }
    if (!args.Contains("--each"))
        return;
    // Each rule alone, beside the empty one: what it costs by itself (the value model's work included, unshared).
    foreach (var analyzer in rules)
    {
        var alone = Median(ImmutableArray.Create(analyzer, emptyAnalyzer[0]));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {analyzer.GetType().Name}: +{(alone - empty).TotalMilliseconds:F0} ms"));
    }
}

static void WriteApp(string dir, int stacks, string version, string packages, bool withMistakes, bool modern)
{
    Directory.CreateDirectory(dir);
    foreach (var (path, source) in AppGenerator.Generate(stacks, withMistakes, modern))
        File.WriteAllText(Path.Combine(dir, path), source);
    File.WriteAllText(Path.Combine(dir, "cdk.json"), "{ \"app\": \"dotnet run\" }\n");
    File.WriteAllText(Path.Combine(dir, "NuGet.config"), $"<configuration><packageSources><add key=\"cdkanalyzers-local\" value=\"{packages}\" /></packageSources></configuration>\n");
    // WithCdkAnalyzers=false builds the same app without the package, for the comparison; WithAnchor=true adds the
    // anchor, an analyzer package many teams already run, to measure ours against in the same run; EmptyAnalyzerPath
    // adds an analyzer that does nothing, the floor any package that looks at method bodies starts from.
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
            <PackageReference Include="Meziantou.Analyzer" Version="{{AnchorVersion}}" PrivateAssets="all" Condition="'$(WithAnchor)' == 'true'" />
          </ItemGroup>
          <ItemGroup Condition="'$(EmptyAnalyzerPath)' != ''">
            <Analyzer Include="$(EmptyAnalyzerPath)" />
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
