using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>
/// CDK201 (hardcoded account id) and CDK202 (placeholder account id), reported at the literal. Twelve digits are
/// an account only where an account can be (<see cref="AccountIds"/>): the account field of an ARN, an ECR registry
/// host, a queue URL, or a whole value given as an account (<c>Env.Account</c>, <c>new AccountPrincipal(…)</c>, a key
/// or property named like one).
/// </summary>
public sealed class AccountIdAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HardcodedAccountId, Descriptors.PlaceholderAccountId);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var once = new ReportOnce();
        var patterns = cdk.PlaceholderPatterns;
        var stackTests = cdk.StackTests;
        cdk.ValueSinks.Register(context, (ctx, sink) =>
        {
            if (stackTests.Contains(sink.Value.Operation.Syntax.SyntaxTree, ctx.CancellationToken))
                return;
            foreach (var value in sink.Strings(ctx.CancellationToken))
            {
                // Most values hold no run of twelve digits: nothing else is computed for them.
                if (value.Parts.Any(p => p.Kind == ValueKind.Text && Placeholders.MayHoldAccountId(p.Text!)))
                    Check(ctx, sink, value);
            }
        });

        void Check(OperationAnalysisContext ctx, SinkValue sink, StringValue value)
        {
            var shape = value.Shape;
            // A layer's or a Serverless Application Repository application's ARN names its publisher's account.
            var isPublishersArn = (shape.Contains(":lambda:") && shape.Contains(":layer:")) || shape.Contains(":serverlessrepo:");
            var replacedWhole = new System.Lazy<HashSet<SyntaxNode>?>(() => Placeholders.WrittenWithPlaceholder(value, sink, patterns, ctx.Options, cdk, ctx.CancellationToken));
            foreach (var (part, id) in AccountIds.In(value, sink, cdk, ctx.CancellationToken))
            {
                if (part.Syntax.SyntaxTree is not { } tree || stackTests.Contains(tree, ctx.CancellationToken)
                    || CdkOptions.GetAllowedAccountIds(ctx.Options, tree).Contains(id))
                {
                    continue;
                }
                var placeholder = Placeholders.IsPlaceholderAccount(id);
                // What is written with a placeholder (CDK204) is replaced whole; a cdk.json context value is configuration, not code.
                if (!placeholder && (isPublishersArn || part.IsFromConfiguration || replacedWhole.Value?.Contains(Placeholders.WrittenIn(part.Syntax)) == true))
                    continue;
                var descriptor = placeholder ? Descriptors.PlaceholderAccountId : Descriptors.HardcodedAccountId;
                var at = part.LocationOf(part.Text!.IndexOf(id, System.StringComparison.Ordinal), id.Length);
                if (once.TryClaim(descriptor.Id, at))
                    ctx.ReportDiagnostic(Diagnostic.Create(descriptor, at, FixValue.Properties(id), id));
            }
        }
    }
}
