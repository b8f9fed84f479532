using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>CDK204: a placeholder value (connection/example, myorg, TODO, &lt;…&gt;) passed to a construct, reported at the literal.</summary>
public sealed class PlaceholderValueAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PlaceholderValue);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var once = new ReportOnce();
        var patterns = cdk.PlaceholderPatterns;
        cdk.ValueSinks.Register(context, (ctx, sink) =>
        {
            // File bodies, inline code and state machine definitions are content: <h1> is markup, not <your-value>.
            if (sink.IsPayload)
                return;
            foreach (var value in sink.Strings(ctx.CancellationToken))
            {
                // A blank left to fill in (new EmailSubscription("")): the subscription is refused at deploy.
                if (value.KnownText is { Length: 0 } && Placeholders.IsGivenAsEmail(sink.Name) && value.FirstTextLocation is { } blank
                    && once.TryClaim(RuleIds.PlaceholderValue, blank))
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.PlaceholderValue, blank, "", "an empty address"));
                    continue;
                }
                // What is written with a placeholder account is CDK202's: one diagnostic for it.
                var placeholderAccounts = AccountIds.WrittenWithPlaceholder(value, sink, cdk, ctx.CancellationToken);
                foreach (var part in value.Parts)
                {
                    if (part.Kind != ValueKind.Text || part.Syntax.SyntaxTree is not { } tree
                        || placeholderAccounts?.Contains(Placeholders.WrittenIn(part.Syntax)) == true)
                    {
                        continue;
                    }
                    var match = Placeholders.FindPlaceholderText(part.Text!, patterns.For(ctx.Options, tree))?.Value
                        ?? (value.Parts.Length == 1 && Placeholders.IsPlaceholderRepository(sink.Name, part.Text!) ? part.Text : null)
                        ?? Placeholders.PlaceholderEmail(sink.Name, part.Text!)
                        ?? Placeholders.PlaceholderDomain(sink.Name, part.Text!);
                    if (match is not null && once.TryClaim(RuleIds.PlaceholderValue, part.Location))
                        ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.PlaceholderValue, part.Location, part.Text, match));
                }
            }
        });
    }
}
