using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>CDK303: <c>new CfnOutput(this, …)</c> or <c>ExportValue(…)</c> in a class deriving from NestedStack; the outputs file never shows it.</summary>
public sealed class NestedStackOutputAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.OutputInNestedStack);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        if (cdk.NestedStack is null || cdk.CfnOutput is null)
            return;
        context.RegisterOperationAction(ctx =>
        {
            var creation = (IObjectCreationOperation)ctx.Operation;
            if (!CdkTypes.Inherits(creation.Type, cdk.CfnOutput) || creation.Arguments.Length == 0)
                return;
            var scope = ValueModel.Unwrap(creation.Arguments[0].Value);
            var idArgument = ValueModel.ArgumentAt(creation.Arguments, 1);
            if (CdkTypes.Inherits(scope.Type, cdk.NestedStack))
            {
                // The id as the value model knows it: a helper's parameter (Export("TableName", …)) has the text of its calls.
                var id = idArgument is null ? null : cdk.Values.KnownText(new Origin(idArgument.Value), ctx.CancellationToken);
                ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.OutputInNestedStack, creation.Syntax.GetLocation(), id ?? "(unnamed)", scope.Type!.Name));
                return;
            }
            // An output on a construct of this app (new CfnOutput(this, …) in an ApiConstruct) lands in the stack the
            // construct is created in: reported at each creation in a nested stack, of the construct or of the app's
            // construct that holds it (a Service construct creating the ApiConstruct).
            if (scope is IInstanceReferenceOperation { Type: INamedTypeSymbol construct } && !cdk.IsStack(construct))
            {
                var id = idArgument is null ? null : cdk.Values.KnownText(new Origin(idArgument.Value), ctx.CancellationToken);
                foreach (var (created, nested) in PlacedInNestedStacks(construct, depth: 0))
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.OutputInNestedStack, created.Syntax.GetLocation(), id ?? "(unnamed)", nested.Name));
                return;
            }
            if (scope is not IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol helper } parameter })
                return;
            // A helper handed its scope (this.Output("Arn", …) in a nested stack): reported at each call that hands it a
            // nested stack, the helper's own line serves top-level stacks too.
            foreach (var (call, site) in cdk.Values.CallFramesOf(helper, ctx.CancellationToken))
            {
                if (call.ArgumentFor(parameter) is not { } given || NestedStackGiven(given.Operation) is not { } nested)
                    continue;
                // The id as this call gives it (Output("TopicArn", …) for the helper's id parameter).
                var id = idArgument is null ? null : cdk.Values.KnownText(new Origin(idArgument.Value, call), ctx.CancellationToken);
                ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.OutputInNestedStack, site.GetLocation(), id ?? "(unnamed)", nested.Name));
            }

            IEnumerable<(IObjectCreationOperation Creation, ITypeSymbol Nested)> PlacedInNestedStacks(INamedTypeSymbol construct, int depth)
            {
                foreach (var created in cdk.Values.CreationsOf(construct, ctx.CancellationToken))
                {
                    if (ValueModel.ArgumentAt(created.Arguments, 0) is not { } parent)
                        continue;
                    if (NestedStackGiven(parent.Value) is { } nested)
                    {
                        yield return (created, nested);
                    }
                    else if (depth < 3 && ValueModel.Unwrap(parent.Value) is IInstanceReferenceOperation { Type: INamedTypeSymbol outer }
                        && !cdk.IsStack(outer) && !SymbolEqualityComparer.Default.Equals(outer, construct))
                    {
                        foreach (var placed in PlacedInNestedStacks(outer, depth + 1))
                            yield return placed;
                    }
                }
            }

            // `this` in a nested stack, a nested stack's variable, or a Construct-typed value that is one.
            ITypeSymbol? NestedStackGiven(IOperation value)
                => ValueModel.Unwrap(value).Type is var type && CdkTypes.Inherits(type, cdk.NestedStack)
                    ? type
                    : cdk.Values.Sources(new Origin(value), ctx.CancellationToken).Select(source => source.Operation.Type).FirstOrDefault(t => CdkTypes.Inherits(t, cdk.NestedStack));
        }, OperationKind.ObjectCreation);

        // ExportValue(x) declares an output too, in the stack it is called on (this, or a nested stack's variable).
        context.RegisterOperationAction(ctx =>
        {
            var call = (IInvocationOperation)ctx.Operation;
            if (call.TargetMethod.Name != "ExportValue"
                || call.Instance is not { } scope
                || !CdkTypes.Inherits(scope.Type, cdk.NestedStack))
            {
                return;
            }
            var name = ValueModel.ArgumentAt(call.Arguments, 1) is { ArgumentKind: not ArgumentKind.DefaultValue } options
                ? cdk.Values.SettingsNamed(new Origin(options.Value), "Name", ctx.CancellationToken).Select(s => cdk.Values.KnownText(s.Value, ctx.CancellationToken)).LastOrDefault()
                : null;
            ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.OutputInNestedStack, call.Syntax.GetLocation(), name ?? "(exported value)", scope.Type!.Name));
        }, OperationKind.Invocation);
    }
}
