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
            if (!CdkTypes.Inherits(creation.Type, cdk.CfnOutput)
                || creation.Arguments.Length == 0
                || ValueModel.Unwrap(creation.Arguments[0].Value) is not { } scope
                || !CdkTypes.Inherits(scope.Type, cdk.NestedStack))
            {
                return;
            }
            // The id as the value model knows it: a helper's parameter (Export("TableName", …)) has the text of its calls.
            var id = creation.Arguments.Length > 1 ? cdk.Values.KnownText(new Origin(creation.Arguments[1].Value), ctx.CancellationToken) : null;
            ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.OutputInNestedStack, creation.Syntax.GetLocation(), id ?? "(unnamed)", scope.Type!.Name));
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
