using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK103: reserved concurrency whose known values, summed over the functions of the whole compilation, exceed
/// <c>CDK103.budget</c> (default 0). Each function counts the reservation its props actually carry (an
/// initializer, a write before the function is created, a helper's props); reported at each reservation once the
/// compilation has been seen.
/// </summary>
public sealed class ReservedConcurrencyAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ReservedConcurrency);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var cfnFunctionProps = cdk.Type("Amazon.CDK.AWS.Lambda.ICfnFunctionProps");
        var samFunctionProps = cdk.Type("Amazon.CDK.AWS.SAM.ICfnFunctionProps");
        if (cdk.FunctionOptions is null && cfnFunctionProps is null)
            return;
        var reservations = new ConcurrentBag<(double Value, int Passes, Location Use, double Budget)>();
        context.RegisterOperationAction(ctx =>
        {
            var creation = (IObjectCreationOperation)ctx.Operation;
            // The props, also those the app's own subclass (class Worker : Function) hands the library's constructor;
            // the type first: finding a subclass's base call binds its constructor, which only a function's is worth.
            if (!(CdkTypes.Inherits(creation.Type, cdk.FunctionBase) || CdkTypes.Inherits(creation.Type, cdk.CfnFunction) || CdkTypes.Inherits(creation.Type, cdk.SamFunction))
                || cdk.Values.PropsOf(creation, null, ctx.CancellationToken) is not { } props
                || !(cdk.Implements(props.Operation.Type, cdk.FunctionOptions) || cdk.Implements(props.Operation.Type, cfnFunctionProps)
                    || cdk.Implements(props.Operation.Type, samFunctionProps)))
            {
                return;
            }
            // A function a helper or a construct of this app makes is one function per call: each reserves what its
            // call gives (MakeFunction("Api", reserved: 50) and MakeFunction("Jobs", reserved: 100) are 150), or the
            // constant it writes. A value kept in the object's state (a builder's field) is not per call, and a
            // stack's own constructor is not such a helper: those count once, as written. A call made on each pass of a
            // loop over a known list (foreach (var service in settings.Services) new QueueWorker(…, service)) is one call
            // per element.
            var calls = props.Frame is null && Loops.HelperCalledPerUse(ctx.Operation, ctx.ContainingSymbol, cdk) is { } helper
                && cdk.Values.SettingsNamed(props, "ReservedConcurrentExecutions", ctx.CancellationToken).LastOrDefault() is { Syntax: not null } written
                && IsPerCall(written.Value.Operation, helper)
                    ? cdk.Values.CallFramesPerElementOf(helper, ctx.CancellationToken).ToList()
                    : null;
            if (calls is null || calls.Count == 0)
            {
                Add(ctx, creation.Syntax, props, site: null);
                return;
            }
            foreach (var (frame, site) in calls)
                Add(ctx, creation.Syntax, new Origin(props.Operation, frame), site);
        }, OperationKind.ObjectCreation);

        // A constant, or a value read from the helper's own parameters (reserved, spec.Reserved, reserved ?? 10).
        static bool IsPerCall(IOperation value, IMethodSymbol helper)
            => ValueModel.Unwrap(value).ConstantValue.HasValue
                || value.DescendantsAndSelf().OfType<IParameterReferenceOperation>().Any(p => SymbolEqualityComparer.Default.Equals(p.Parameter.ContainingSymbol, helper));

        // site: the helper's call (or the construct's creation) that makes this function, or its element, if any.
        void Add(OperationAnalysisContext ctx, SyntaxNode creation, Origin props, SyntaxNode? site)
        {
            // The last reservation written wins; each of its possible values is a value the function may reserve.
            var setting = cdk.Values.SettingsNamed(props, "ReservedConcurrentExecutions", ctx.CancellationToken).LastOrDefault();
            if (setting.Syntax is null)
                return;
            var values = cdk.Values.Numbers(setting.Value, ctx.CancellationToken, out var hasUnknown);
            if (values.IsEmpty || values.Max() <= 0)
                return;
            // A function made on each pass of a loop over a known list reserves on each pass (a loop in the helper, and
            // one around its call). A value read from the pass (spec.Reserved) is the same on every pass when it can be
            // one number alone (spec.Reserved ?? 500 of specs that give none); otherwise each pass is read on its own,
            // or, where a pass cannot be, the value is counted once.
            var samePerPass = !hasUnknown && values.Distinct().Count() == 1;
            // A value the call gives is reported at that call's argument, or at the element a call on one pass writes it
            // in; the helper's own line serves every call.
            var given = setting.Value.AtCallSite();
            var at = site is not null && props.Frame?.Caller is { Loop: not null } && WrittenIn(setting.Value, site) ? site
                : given.Operation != setting.Value.Operation ? given.Operation.Syntax : setting.Syntax;
            // A call of an outer helper or construct that gives the number to the inner one (new Service(this, "Orders",
            // new ServiceSpec("orders", 40))): where that call writes it.
            if (site is not null && !(at.SyntaxTree == site.SyntaxTree && site.Span.Contains(at.Span))
                && cdk.Values.Sources(setting.Value, ctx.CancellationToken) is var sources && sources.Any(source => Within(source, site)))
            {
                at = sources.Length == 1 ? sources[0].Operation.Syntax : site;
            }
            // Props a helper builds from what its caller gives (settings.ToProps("shop") reading settings.Reserved): where
            // the caller writes the number, as for a call's argument; the helper's line serves every caller.
            if (site is null && at == setting.Syntax && !InOneMember(setting.Syntax, creation)
                && cdk.Values.Sources(setting.Value, ctx.CancellationToken) is { Length: 1 } only && only[0].Operation.ConstantValue.HasValue
                && !InOneMember(only[0].Operation.Syntax, setting.Syntax))
            {
                at = only[0].Operation.Syntax;
            }
            var budget = CdkOptions.GetConcurrencyBudget(ctx.Options, at.SyntaxTree);
            // Read pass by pass where each pass of a loop over a known list or dictionary gives one number of its own
            // (foreach (var (name, reserved) in config.Concurrency)): 50 and 10 are 60, not 50 twice or once. A number
            // an element writes is reported at that element (the setting's line serves every pass); a fallback the
            // setting writes (spec.Reserved ?? 20), at the setting.
            if (site is null && PerPass(creation, setting.Value) is { } perPass)
            {
                foreach (var (value, element) in perPass)
                    reservations.Add((value, 1, element?.GetLocation() ?? at.GetLocation(), budget));
                return;
            }
            var passes = Passes(creation, setting.Value.Operation) * (site is null ? 1 : Passes(site, setting.Value.AtCallSite().Operation));
            reservations.Add((values.Max(), passes, at.GetLocation(), budget));

            // The number is written in the element (new("Jobs", Reserved: 20)), not by the setting (spec.Reserved ?? 20).
            bool WrittenIn(Origin number, SyntaxNode element)
                => cdk.Values.Sources(number, ctx.CancellationToken).Any(source => Within(source, element));

            static bool InOneMember(SyntaxNode one, SyntaxNode other)
                => one.SyntaxTree == other.SyntaxTree && one.FirstAncestorOrSelf<MemberDeclarationSyntax>() == other.FirstAncestorOrSelf<MemberDeclarationSyntax>();

            static bool Within(Origin source, SyntaxNode element)
                => source.Operation.Syntax.SyntaxTree == element.SyntaxTree && element.Span.Contains(source.Operation.Syntax.Span);

            // A pass over a dictionary's keys (foreach (var name in Reservations.Keys)): the entry its key is written in.
            static SyntaxNode EntryOf(SyntaxNode key)
                => key.Parent switch
                {
                    ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ImplicitElementAccessSyntax { Parent: AssignmentExpressionSyntax entry } } } => entry,
                    InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression } entry => entry,
                    _ => key,
                };

            int Passes(SyntaxNode made, IOperation value)
                => Loops.Around(made) is { } loop && (samePerPass || !Loops.ReadsAVariableOf(loop, value)) ? Loops.PassesOf(loop, cdk, ctx.CancellationToken) ?? 1 : 1;

            // The number each pass of the loop around the creation reserves, with the element that writes it (null when
            // the setting does); a pass that reserves nothing (reserved > 0 ? reserved : null) is left out. Null unless
            // every pass gives at most one known number.
            List<(double Value, SyntaxNode? Element)>? PerPass(SyntaxNode made, Origin value)
            {
                if (Loops.Around(made) is not { } loop || Loops.Passes(loop, cdk, ctx.CancellationToken) is not { } passes)
                    return null;
                var numbers = new List<(double, SyntaxNode?)>(passes.Length);
                foreach (var pass in passes)
                {
                    var onPass = new Origin(value.Operation, pass);
                    var reserved = cdk.Values.Numbers(onPass, ctx.CancellationToken, out var unknown, out var mayBeNull);
                    if (unknown || reserved.Length > 1 || (reserved.Length == 1 && mayBeNull))
                        return null;
                    if (reserved.Length == 0 || reserved[0] <= 0)
                        continue;
                    var element = ValueModel.Unwrap(pass.Element.Operation).Syntax;
                    var entry = EntryOf(element);
                    numbers.Add((reserved[0], WrittenIn(onPass, element) ? element : WrittenIn(onPass, entry) ? entry : null));
                }
                return numbers;
            }
        }

        // The escape hatch: ((CfnFunction)fn.Node.DefaultChild).ReservedConcurrentExecutions = 10 reserves as props would,
        // as does the property of a SAM function set after its creation.
        var cfnFunction = cdk.CfnFunction;
        var samFunction = cdk.SamFunction;
        context.RegisterInBlocks(ctx =>
        {
            var assignment = (ISimpleAssignmentOperation)ctx.Operation;
            if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "ReservedConcurrentExecutions" } property }
                || !(SymbolEqualityComparer.Default.Equals(property.ContainingType, cfnFunction) || SymbolEqualityComparer.Default.Equals(property.ContainingType, samFunction)))
            {
                return;
            }
            var values = cdk.Values.Numbers(new Origin(assignment.Value), ctx.CancellationToken, out _);
            if (!values.IsEmpty && values.Max() > 0)
                reservations.Add((values.Max(), 1, assignment.Syntax.GetLocation(), CdkOptions.GetConcurrencyBudget(ctx.Options, assignment.Syntax.SyntaxTree)));
        }, OperationKind.SimpleAssignment);

        context.RegisterCompilationEndAction(ctx =>
        {
            var total = reservations.Sum(r => r.Value * r.Passes);
            // One diagnostic a place: a setting read on several passes names the most it reserves.
            foreach (var atUse in reservations.GroupBy(r => r.Use).OrderBy(g => g.Key.SourceTree?.FilePath).ThenBy(g => g.Key.SourceSpan.Start))
            {
                var budget = atUse.First().Budget;
                if (total > budget)
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.ReservedConcurrency, atUse.Key, Format(atUse.Max(r => r.Value)), Format(total), Format(budget)));
            }
        });
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
