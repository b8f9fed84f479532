using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK103: reserved concurrency whose known values, summed over the whole compilation, exceed
/// <c>CDK103.budget</c> (default 0). Reported at each assignment once the compilation has been seen.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReservedConcurrencyAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ReservedConcurrency);

    private protected override void OnCdkCompilationStart(CompilationStartAnalysisContext context, CdkTypes cdk)
    {
        var reservations = new ConcurrentBag<(double Value, Location Use, double Budget)>();
        context.RegisterOperationAction(ctx =>
        {
            var assignment = (ISimpleAssignmentOperation)ctx.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "ReservedConcurrentExecutions" } property }
                && (CdkTypes.Implements(property.ContainingType, cdk.FunctionOptions) || property.ContainingType.ToDisplayString() == "Amazon.CDK.AWS.Lambda.CfnFunctionProps")
                && ValueResolver.TryGetNumber(assignment.Value, ctx.CancellationToken, out var value)
                && value > 0)
            {
                reservations.Add((value, assignment.Syntax.GetLocation(), CdkOptions.GetConcurrencyBudget(ctx.Options, assignment.Syntax.SyntaxTree)));
            }
        }, OperationKind.SimpleAssignment);

        context.RegisterCompilationEndAction(ctx =>
        {
            var total = reservations.Sum(r => r.Value);
            foreach (var (value, use, budget) in reservations.OrderBy(r => r.Use.SourceTree?.FilePath).ThenBy(r => r.Use.SourceSpan.Start))
            {
                if (total > budget)
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.ReservedConcurrency, use, Format(value), Format(total), Format(budget)));
            }
        });
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
