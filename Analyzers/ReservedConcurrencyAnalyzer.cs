using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
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
        if (cdk.FunctionOptions is null && cfnFunctionProps is null)
            return;
        var reservations = new ConcurrentBag<(double Value, int Passes, Location Use, double Budget)>();
        context.RegisterOperationAction(ctx =>
        {
            var creation = (IObjectCreationOperation)ctx.Operation;
            // A loop, not a lambda: this runs for every creation of the app.
            IArgumentOperation? props = null;
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter is { } parameter && (cdk.Implements(parameter.Type, cdk.FunctionOptions) || cdk.Implements(parameter.Type, cfnFunctionProps)))
                {
                    props = argument;
                    break;
                }
            }
            if (props is null || props.ArgumentKind == ArgumentKind.DefaultValue || !cdk.IsConstruct(creation.Type))
                return;
            // A function a helper or a construct of this app makes is one function per call: each reserves what its
            // call gives (MakeFunction("Api", reserved: 50) and MakeFunction("Jobs", reserved: 100) are 150), or the
            // constant it writes. A value kept in the object's state (a builder's field) is not per call, and a
            // stack's own constructor is not such a helper: those count once, as written.
            var calls = Loops.HelperCalledPerUse(ctx.ContainingSymbol, cdk) is { } helper
                && cdk.Values.SettingsNamed(new Origin(props.Value), "ReservedConcurrentExecutions", ctx.CancellationToken).LastOrDefault() is { Syntax: not null } written
                && IsPerCall(written.Value.Operation, helper)
                    ? cdk.Values.CallFramesOf(helper, ctx.CancellationToken).ToList()
                    : null;
            if (calls is null || calls.Count == 0)
            {
                Add(ctx, creation.Syntax, new Origin(props.Value), site: null);
                return;
            }
            foreach (var (frame, site) in calls)
                Add(ctx, creation.Syntax, new Origin(props.Value, frame), site);
        }, OperationKind.ObjectCreation);

        // A constant, or a value read from the helper's own parameters (reserved, spec.Reserved, reserved ?? 10).
        static bool IsPerCall(IOperation value, IMethodSymbol helper)
            => ValueModel.Unwrap(value).ConstantValue.HasValue
                || value.DescendantsAndSelf().OfType<IParameterReferenceOperation>().Any(p => SymbolEqualityComparer.Default.Equals(p.Parameter.ContainingSymbol, helper));

        // site: the helper's call (or the construct's creation) that makes this function, if any.
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
            // one around its call). A value read from the pass (spec.Reserved) is the same on every pass only when it
            // can be one number alone (spec.Reserved ?? 500 of specs that give none); otherwise it is counted once, as
            // its alternatives do not say which pass has which.
            var samePerPass = !hasUnknown && values.Distinct().Count() == 1;
            var passes = Passes(creation, setting.Value.Operation) * (site is null ? 1 : Passes(site, setting.Value.AtCallSite().Operation));
            // A value the call gives is reported at that call's argument; the helper's own line serves every call.
            var given = setting.Value.AtCallSite();
            var at = given.Operation != setting.Value.Operation ? given.Operation.Syntax : setting.Syntax;
            reservations.Add((values.Max(), passes, at.GetLocation(), CdkOptions.GetConcurrencyBudget(ctx.Options, at.SyntaxTree)));

            int Passes(SyntaxNode made, IOperation value)
                => Loops.Around(made) is { } loop && (samePerPass || !Loops.ReadsAVariableOf(loop, value)) ? Loops.PassesOf(loop, cdk, ctx.CancellationToken) ?? 1 : 1;
        }

        context.RegisterCompilationEndAction(ctx =>
        {
            var total = reservations.Sum(r => r.Value * r.Passes);
            var reported = new System.Collections.Generic.HashSet<Location>();
            foreach (var (value, _, use, budget) in reservations.OrderBy(r => r.Use.SourceTree?.FilePath).ThenBy(r => r.Use.SourceSpan.Start))
            {
                if (total > budget && reported.Add(use))
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.ReservedConcurrency, use, Format(value), Format(total), Format(budget)));
            }
        });
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
