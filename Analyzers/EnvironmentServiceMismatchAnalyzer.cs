using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK302: a Lambda environment key whose prefix names a service (TIMESTREAM_TABLE) while its value comes from a
/// construct of another service — reported in the document, at the entry. CDK305: the value is a literal and the
/// app creates nothing of the named service — decided at compilation end, once every construct has been seen.
/// </summary>
public sealed class EnvironmentServiceMismatchAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.EnvironmentNamesOtherService, Descriptors.EnvironmentNamesAbsentService);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        // Roles and keys routinely serve another service: never a mismatch.
        var crossCutting = ImmutableArray.Create(cdk.Namespace("Amazon.CDK.AWS.IAM"), cdk.Namespace("Amazon.CDK.AWS.KMS"));
        var awsNamespace = cdk.Namespace("Amazon.CDK.AWS");
        var createdNamespaces = new ConcurrentDictionary<INamespaceSymbol, bool>(SymbolEqualityComparer.Default);
        var literalEntries = new ConcurrentBag<(string Key, NamedService Service, Location Use)>();

        context.RegisterOperationAction(ctx =>
        {
            if (ctx.Operation.Type is { ContainingNamespace: { } ns } && !createdNamespaces.ContainsKey(ns))
                createdNamespaces.TryAdd(ns, true);
        }, OperationKind.ObjectCreation);

        LambdaEnvironment.Register(context, cdk, (ctx, entry) =>
        {
            foreach (var keyValue in cdk.Values.Strings(entry.Key, ctx.CancellationToken))
            {
                if (keyValue.KnownText is not { } written || entry.NameIn(written) is not { } key || ServicePrefixes.ServiceNamedBy(key) is not { } named)
                    continue;
                var use = entry.LocationFor(keyValue, cdk.Values, ctx.CancellationToken);
                if (SourceNamespace(entry.Value, cdk, awsNamespace, ctx.CancellationToken) is { } source)
                {
                    if (!named.Includes(source, cdk) && !crossCutting.Contains(source))
                    {
                        ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.EnvironmentNamesOtherService, use,
                            key, named.Name, $"its value comes from a construct of {source.Name}"));
                    }
                }
                else if (cdk.Values.KnownTexts(entry.Value, ctx.CancellationToken) is { IsEmpty: false } texts && !texts.All(IsASetting))
                {
                    literalEntries.Add((key, named, use));
                }
            }
        });

        // A literal value: wrong only if nothing of that service exists anywhere in the app.
        context.RegisterCompilationEndAction(ctx =>
        {
            foreach (var (key, service, use) in literalEntries.OrderBy(e => e.Use.SourceTree?.FilePath).ThenBy(e => e.Use.SourceSpan.Start))
            {
                if (!createdNamespaces.Keys.Any(created => service.Includes(created, cdk)))
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.EnvironmentNamesAbsentService, use, key, service.Name));
            }
        });
    }

    /// <summary>A number or a switch (<c>SQS_MAX_RETRIES = "3"</c>, <c>S3_VERSIONED = "true"</c>): a setting, not a resource's name.</summary>
    private static bool IsASetting(string text)
        => decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            || text.Equals("true", System.StringComparison.OrdinalIgnoreCase) || text.Equals("false", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The namespace of the AWS construct a value is read from (<c>table.TableName</c> → Amazon.CDK.AWS.DynamoDB).</summary>
    private static INamespaceSymbol? SourceNamespace(Origin value, CdkTypes cdk, INamespaceSymbol? awsNamespace, CancellationToken cancellationToken)
    {
        foreach (var source in cdk.Values.Sources(value, cancellationToken))
        {
            foreach (var operation in source.Operation.DescendantsAndSelf())
            {
                if (operation is IPropertyReferenceOperation { Instance.Type.ContainingNamespace: { } ns }
                    && SymbolEqualityComparer.Default.Equals(ns.ContainingNamespace, awsNamespace))
                {
                    return ns;
                }
            }
        }
        return null;
    }
}
