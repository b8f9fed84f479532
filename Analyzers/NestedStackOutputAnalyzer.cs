using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>CDK303: <c>new CfnOutput(this, …)</c> in a class deriving from NestedStack; the outputs file never shows it.</summary>
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
                || ValueModel.Unwrap(creation.Arguments[0].Value) is not IInstanceReferenceOperation scope
                || !CdkTypes.Inherits(scope.Type, cdk.NestedStack))
            {
                return;
            }
            // The id as the value model knows it: a helper's parameter (Export("TableName", …)) has the text of its calls.
            var id = creation.Arguments.Length > 1 ? cdk.Values.KnownText(new Origin(creation.Arguments[1].Value), ctx.CancellationToken) : null;
            ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.OutputInNestedStack, creation.Syntax.GetLocation(), id ?? "(unnamed)", scope.Type!.Name));
        }, OperationKind.ObjectCreation);
    }
}
