using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK109: an SQS queue consumed by a function (an <c>SqsEventSource</c> added to it or in its props, an
/// <c>EventSourceMapping</c> or <c>CfnEventSourceMapping</c> from the queue's ARN) whose visibility timeout (default
/// 30 s) is below the function's timeout (default 3 s), both known. Reported at the queue's VisibilityTimeout when
/// it is written, else at the queue's creation; property <see cref="SecondsProperty"/> is what the fix sets.
/// </summary>
public sealed class QueueVisibilityTimeoutAnalyzer : CdkAnalyzer
{
    /// <summary>The visibility timeout to set: six times the function's timeout, plus the batching window (AWS's advice).</summary>
    public const string SecondsProperty = "Seconds";

    private const double DefaultVisibility = 30;
    private const double DefaultFunctionTimeout = 3;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.QueueVisibilityTimeout);

    private sealed class Types
    {
        public Types(CdkTypes cdk)
        {
            Queues = cdk.Types("Amazon.CDK.AWS.SQS.Queue", "Amazon.CDK.AWS.SQS.CfnQueue");
            CfnFunction = cdk.CfnFunction;
            SqsEventSource = cdk.Type("Amazon.CDK.AWS.Lambda.EventSources.SqsEventSource");
            EventSourceMapping = cdk.Type("Amazon.CDK.AWS.Lambda.EventSourceMapping");
            CfnEventSourceMapping = cdk.Type("Amazon.CDK.AWS.Lambda.CfnEventSourceMapping");
        }

        public ImmutableArray<INamedTypeSymbol> Queues { get; }
        public INamedTypeSymbol? CfnFunction { get; }
        public INamedTypeSymbol? SqsEventSource { get; }
        public INamedTypeSymbol? EventSourceMapping { get; }
        public INamedTypeSymbol? CfnEventSourceMapping { get; }
    }

    private readonly struct Consumer
    {
        public Consumer(Origin function, Origin queue, Origin? window)
        {
            Function = function;
            Queue = queue;
            Window = window;
        }

        public Origin Function { get; }
        public Origin Queue { get; }

        /// <summary>The batching window: a Duration (L2) or seconds (L1); null when none is set.</summary>
        public Origin? Window { get; }
    }

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var types = new Types(cdk);
        if (types.Queues.IsEmpty || cdk.FunctionBase is null)
            return;
        var once = new ReportOnce();
        context.RegisterInBlocks(ctx =>
        {
            var ct = ctx.CancellationToken;
            foreach (var consumer in Consumers(ctx.Operation, null, types, cdk, ct))
            {
                var findings = Findings(consumer, types, cdk, ct);
                if (findings.Count == 0)
                    continue;
                // A helper or app construct that makes the queue and its consumer from its parameters makes them once
                // per call: MakeWorker("Fast", 30, 60) and MakeWorker("Slow", 300, 360) are both right, though 300 s
                // is more than 60 s. A visibility the call gives is reported at each call that is wrong (the helper's
                // line serves every call); one the helper writes (or leaves at the default) where it is, with its fix,
                // when some call is wrong.
                if (Loops.HelperCalledPerUse(ctx.Operation, ctx.ContainingSymbol, cdk) is { } helper && CallFindings(ctx.Operation, helper, types, cdk, ct) is { } byCall)
                {
                    foreach (var (site, found) in byCall)
                    {
                        foreach (var finding in found)
                            Report(ctx, finding, finding.VisibilityGivenByCall ? site.GetLocation() : finding.At, withFix: !finding.VisibilityGivenByCall);
                    }
                    continue;
                }
                // A queue and its consumer made in a loop over a known list (foreach (var spec in Consumers)) are made
                // once per element, each with the timeouts it gives: a wrong pair is reported at its element, where
                // it is written. The same finding on every pass is the loop's own, reported where it is written.
                if (Loops.Around(ctx.Operation.Syntax) is { } loop && PassFindings(ctx.Operation, loop, types, cdk, ct) is { } byElement)
                {
                    foreach (var (element, found) in byElement)
                    {
                        // A queue made before the loop (foreach (var (name, queue) in pairs)) is wrong where it is made.
                        foreach (var finding in found)
                        {
                            if (finding.IsWrittenAtTheSetting && !(finding.At.SourceTree == loop.SyntaxTree && loop.Span.Contains(finding.At.SourceSpan)))
                                Report(ctx, finding, finding.At, withFix: true);
                            else
                                Report(ctx, finding, ValueModel.Unwrap(element.Operation).Syntax.GetLocation(), withFix: false);
                        }
                    }
                    continue;
                }
                foreach (var finding in findings)
                    Report(ctx, finding, finding.At, withFix: finding.IsWrittenAtTheSetting);
            }
        }, OperationKind.Invocation, OperationKind.ObjectCreation);

        void Report(OperationAnalysisContext ctx, Finding finding, Location at, bool withFix)
        {
            if (!once.TryClaim(RuleIds.QueueVisibilityTimeout, at))
                return;
            var properties = withFix
                ? ImmutableDictionary<string, string?>.Empty.Add(SecondsProperty, Format(6 * finding.Timeout + finding.Window))
                : ImmutableDictionary<string, string?>.Empty;
            ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.QueueVisibilityTimeout, at, properties,
                Format(finding.Visibility), finding.FunctionName, Format(finding.Timeout)));
        }
    }

    /// <summary>A queue whose visibility timeout is below the timeout of a function that consumes it.</summary>
    private readonly struct Finding
    {
        public Finding(Location at, bool isWrittenAtTheSetting, bool visibilityGivenByCall, double visibility, string functionName, double timeout, double window)
        {
            At = at;
            IsWrittenAtTheSetting = isWrittenAtTheSetting;
            VisibilityGivenByCall = visibilityGivenByCall;
            Visibility = visibility;
            FunctionName = functionName;
            Timeout = timeout;
            Window = window;
        }

        /// <summary>
        /// The queue's VisibilityTimeout when it is written, else its creation; where a helper the props are given to
        /// writes it from its parameter (<c>SetVisibility(props, 90)</c>), the caller's value.
        /// </summary>
        public Location At { get; }

        /// <summary>At is the setting itself (or the creation): the fix may change it there, for this queue alone.</summary>
        public bool IsWrittenAtTheSetting { get; }

        /// <summary>The visibility timeout is read from a parameter: in a helper, each call gives its own.</summary>
        public bool VisibilityGivenByCall { get; }

        public double Visibility { get; }
        public string FunctionName { get; }
        public double Timeout { get; }
        public double Window { get; }
    }

    private static List<Finding> Findings(Consumer consumer, Types types, CdkTypes cdk, CancellationToken ct)
    {
        var findings = new List<Finding>();
        var timeouts = cdk.Values.Creations(consumer.Function, ct).Select(f => FunctionTimeout(f.Creation, f.Frame, types, cdk, ct)).ToList();
        if (timeouts.Count == 0 || timeouts.Any(t => t is null))
            return findings;
        var timeout = timeouts.Max()!.Value;
        var window = consumer.Window is { } set ? cdk.Values.Seconds(set, ct, out _).DefaultIfEmpty(0).Max() : 0;
        foreach (var (queue, frame) in cdk.Values.Creations(consumer.Queue, ct))
        {
            if (!CdkTypes.IsOrExtendsOneOf(queue.Type, types.Queues))
                continue;
            var props = cdk.Values.PropsOf(queue, frame, ct);
            var setting = props is not { } queueProps ? default : cdk.Values.SettingsNamed(queueProps, "VisibilityTimeout", ct).LastOrDefault();
            var visibilities = setting.Syntax is null ? ImmutableArray.Create(DefaultVisibility) : cdk.Values.Seconds(setting.Value, ct, out _, whenNull: DefaultVisibility);
            if (visibilities.IsEmpty || visibilities.Min() >= timeout)
                continue;
            var givenByCall = setting.Syntax is not null && cdk.Values.IsGivenByCall(setting.Value.Operation, ct);
            // A helper given the props writes it from its parameters (SetVisibility(props, 90)): at the caller's value, or call.
            var given = setting.Syntax is null ? null
                : setting.Value.AtCallSite().Operation is var argument && argument != setting.Value.Operation ? argument.Syntax
                : givenByCall && setting.Value.Frame is { Method: not null, Site: { } call } ? call
                : null;
            var atTheSetting = given is null;
            var at = given ?? setting.Syntax ?? queue.Syntax;
            findings.Add(new Finding(at.GetLocation(), atTheSetting, givenByCall, visibilities.Min(), FunctionName(consumer.Function, cdk, ct), timeout, window));
        }
        return findings;
    }

    /// <summary>What each call of the helper finds; null when the helper has no calls in this compilation.</summary>
    private static List<(SyntaxNode Site, List<Finding> Findings)>? CallFindings(IOperation operation, IMethodSymbol helper, Types types, CdkTypes cdk, CancellationToken ct)
    {
        var byCall = new List<(SyntaxNode, List<Finding>)>();
        // A call made on each pass of a loop over a known list (foreach (var spec in Specs) new Worker(this, spec.Name, spec))
        // is one call per element, each with the values its element gives: a wrong one is reported at the element.
        foreach (var (frame, site) in cdk.Values.CallFramesPerElementOf(helper, ct))
        {
            var found = new List<Finding>();
            foreach (var consumer in Consumers(operation, frame, types, cdk, ct))
                found.AddRange(Findings(consumer, types, cdk, ct));
            byCall.Add((site, found));
        }
        return byCall.Count > 0 ? byCall : null;
    }

    /// <summary>What each pass of a loop over a known list or dictionary finds, with the element it runs for; null when every pass finds the same mistake.</summary>
    private static List<(Origin Element, List<Finding> Findings)>? PassFindings(IOperation operation, SyntaxNode loop, Types types, CdkTypes cdk, CancellationToken ct)
    {
        if (Loops.Passes(loop, cdk, ct) is not { Length: > 1 } passes)
            return null;
        var byElement = new List<(Origin, List<Finding>)>(passes.Length);
        foreach (var pass in passes)
        {
            var found = new List<Finding>();
            foreach (var consumer in Consumers(operation, pass, types, cdk, ct))
                found.AddRange(Findings(consumer, types, cdk, ct));
            byElement.Add((pass.Element, found));
        }
        var first = byElement[0].Item2;
        return first.Count > 0 && byElement.TrueForAll(pass => pass.Item2.Select(f => (f.Visibility, f.Timeout)).SequenceEqual(first.Select(f => (f.Visibility, f.Timeout))))
            ? null
            : byElement;
    }

    /// <summary>
    /// Where a function consumes a queue, as written by this operation. A switch, not an iterator: most calls and
    /// creations consume nothing, and are answered without allocating one.
    /// </summary>
    private static IEnumerable<Consumer> Consumers(IOperation operation, Frame? frame, Types types, CdkTypes cdk, CancellationToken ct)
        => operation switch
        {
            // fn.AddEventSource(new SqsEventSource(queue, new SqsEventSourceProps { MaxBatchingWindow = … }))
            IInvocationOperation { TargetMethod.Name: "AddEventSource", Instance: { } consumer } call when call.Arguments.Length == 1
                => AddedSources(new Origin(consumer, frame), new Origin(call.Arguments[0].Value, frame), types, cdk, ct),
            // fn.AddEventSourceMapping("Id", new EventSourceMappingOptions { EventSourceArn = queue.QueueArn })
            IInvocationOperation { TargetMethod.Name: "AddEventSourceMapping", Instance: { } mapper } call when call.Arguments.Length == 2
                => AddedMapping(new Origin(mapper, frame), new Origin(call.Arguments[1].Value, frame), cdk, ct),
            IObjectCreationOperation creation when CdkTypes.Inherits(creation.Type, cdk.FunctionBase) && cdk.Values.PropsOf(creation, frame, ct) is { } props
                => ListedSources(new Origin(creation, frame), props, types, cdk, ct),
            IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, types.EventSourceMapping) && cdk.Values.PropsOf(creation, frame, ct) is { } props
                => Mapping(props, cdk, ct),
            IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, types.CfnEventSourceMapping) && cdk.Values.PropsOf(creation, frame, ct) is { } props
                => CfnMapping(props, cdk, ct),
            _ => Enumerable.Empty<Consumer>(),
        };

    private static IEnumerable<Consumer> AddedSources(Origin consumer, Origin source, Types types, CdkTypes cdk, CancellationToken ct)
    {
        foreach (var added in SqsSources(source, types, cdk, ct))
            yield return new Consumer(consumer, added.Queue, added.Window);
    }

    private static IEnumerable<Consumer> AddedMapping(Origin mapper, Origin options, CdkTypes cdk, CancellationToken ct)
    {
        if (QueueOfArn(options, "EventSourceArn", cdk, ct) is { } mapped)
            yield return new Consumer(mapper, mapped, Setting(options, "MaxBatchingWindow", cdk, ct));
    }

    // new Function(…, new FunctionProps { Events = [new SqsEventSource(queue)] })
    private static IEnumerable<Consumer> ListedSources(Origin function, Origin props, Types types, CdkTypes cdk, CancellationToken ct)
    {
        foreach (var events in cdk.Values.SettingsNamed(props, "Events", ct))
        {
            foreach (var element in cdk.Values.Elements(events.Value, ct).Items)
            {
                foreach (var listed in SqsSources(element, types, cdk, ct))
                    yield return new Consumer(function, listed.Queue, listed.Window);
            }
        }
    }

    private static IEnumerable<Consumer> Mapping(Origin props, CdkTypes cdk, CancellationToken ct)
    {
        if (Setting(props, "Target", cdk, ct) is { } target && QueueOfArn(props, "EventSourceArn", cdk, ct) is { } queue)
            yield return new Consumer(target, queue, Setting(props, "MaxBatchingWindow", cdk, ct));
    }

    private static IEnumerable<Consumer> CfnMapping(Origin props, CdkTypes cdk, CancellationToken ct)
    {
        if (InstanceOf(Setting(props, "FunctionName", cdk, ct), cdk, ct) is { } named && QueueOfArn(props, "EventSourceArn", cdk, ct) is { } polled)
            yield return new Consumer(named, polled, Setting(props, "MaximumBatchingWindowInSeconds", cdk, ct));
    }

    /// <summary>The SqsEventSource creations a value may be: their queue and batching window.</summary>
    private static IEnumerable<(Origin Queue, Origin? Window)> SqsSources(Origin value, Types types, CdkTypes cdk, CancellationToken ct)
    {
        foreach (var (source, frame) in cdk.Values.Creations(value, ct))
        {
            if (!SymbolEqualityComparer.Default.Equals(source.Type, types.SqsEventSource) || source.Arguments.Length == 0)
                continue;
            var options = source.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1 && a.ArgumentKind != ArgumentKind.DefaultValue);
            var window = options is null ? null : Setting(new Origin(options.Value, frame), "MaxBatchingWindow", cdk, ct);
            yield return (new Origin(source.Arguments[0].Value, frame), window);
        }
    }

    private static Origin? Setting(Origin props, string name, CdkTypes cdk, CancellationToken ct)
        => cdk.Values.SettingsNamed(props, name, ct).LastOrDefault() is { Syntax: not null } setting ? setting.Value : null;

    /// <summary>The queue an ARN setting reads (<c>EventSourceArn = queue.QueueArn</c>).</summary>
    private static Origin? QueueOfArn(Origin props, string name, CdkTypes cdk, CancellationToken ct)
        => InstanceOf(Setting(props, name, cdk, ct), cdk, ct);

    /// <summary>The construct a value's property is read from: <c>queue</c> of <c>queue.QueueArn</c>, <c>fn</c> of <c>fn.FunctionName</c>.</summary>
    private static Origin? InstanceOf(Origin? value, CdkTypes cdk, CancellationToken ct)
    {
        if (value is not { } known)
            return null;
        var reference = cdk.Values.Sources(known, ct)
            .Select(s => (Operation: ValueModel.Unwrap(s.Operation) as IPropertyReferenceOperation, s.Frame))
            .FirstOrDefault(s => s.Operation is { Instance: not null });
        return reference.Operation is null ? null : new Origin(reference.Operation.Instance!, reference.Frame);
    }

    /// <summary>The function's timeout in seconds (default 3), or null when it cannot be known.</summary>
    private static double? FunctionTimeout(IObjectCreationOperation function, Frame? frame, Types types, CdkTypes cdk, CancellationToken ct)
    {
        if (!CdkTypes.Inherits(function.Type, cdk.FunctionBase) && !SymbolEqualityComparer.Default.Equals(function.Type, types.CfnFunction))
            return null;
        if (cdk.Values.PropsOf(function, frame, ct) is not { } props)
            return DefaultFunctionTimeout;
        var setting = cdk.Values.SettingsNamed(props, "Timeout", ct).LastOrDefault();
        if (setting.Syntax is null)
            return DefaultFunctionTimeout;
        var seconds = cdk.Values.Seconds(setting.Value, ct, out var unknown, whenNull: DefaultFunctionTimeout);
        return seconds.IsEmpty || unknown ? null : seconds.Max();
    }

    private static string FunctionName(Origin function, CdkTypes cdk, CancellationToken ct)
    {
        // The frame gives a helper's id parameter the text of this call: MakeFunction("Worker", …) names 'Worker'.
        var (creation, frame) = cdk.Values.Creations(function, ct).FirstOrDefault();
        return creation is null ? "function" : cdk.Values.ConstructIdOf(creation, frame, ct) ?? Holders.Of(creation)?.Name ?? "function";
    }

    private static string Format(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);
}
