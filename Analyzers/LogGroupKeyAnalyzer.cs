using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK105: a LogGroup (EncryptionKey) or CfnLogGroup (KmsKeyId) encrypted with a Key created in this app that is
/// never granted to the CloudWatch Logs service principal. Reported at the log group's <c>new</c>; the key's
/// creation is the additional location, after which the fix inserts the grant.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LogGroupKeyAnalyzer : CdkAnalyzer
{
    /// <summary>The name of the local, field or property that holds the key.</summary>
    public const string KeyProperty = "Key";

    /// <summary>logs.amazonaws.com or logs.&lt;region&gt;.amazonaws.com, the region possibly a token (NUL in a value's shape).</summary>
    private static readonly Regex LogsPrincipal = new(@"^logs\.([^.]+\.)?amazonaws\.com(\.cn)?$", RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LogGroupKeyWithoutGrant);

    private protected override void OnCdkCompilationStart(CompilationStartAnalysisContext context, CdkTypes cdk)
    {
        if (cdk.KmsKey is null)
            return;

        // Per operation block: key, grant and log group are normally written in one constructor.
        context.RegisterOperationBlockAction(ctx =>
        {
            foreach (var block in ctx.OperationBlocks)
            {
                foreach (var creation in block.DescendantsAndSelf().OfType<IObjectCreationOperation>())
                {
                    if (KeyOf(creation, cdk) is not { } keyValue || Holders.CreationOf(keyValue, block, t => CdkTypes.Inherits(t, cdk.KmsKey)) is not { } key)
                        continue;
                    if (IsGrantedToLogs(key, block, cdk, ctx.CancellationToken))
                        continue;
                    // The fix needs the variable holding the key and the statement that creates it.
                    var holder = Holders.Of(key);
                    var statement = holder is null ? null : Holders.StatementOf(key);
                    var extra = statement is null ? System.Array.Empty<Location>() : new[] { statement };
                    var properties = holder is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(KeyProperty, holder.Name);
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.LogGroupKeyWithoutGrant, creation.Syntax.GetLocation(), extra, properties, holder?.Name ?? "a key created inline"));
                }
            }
        });
    }

    /// <summary>The key a log group is encrypted with: <c>EncryptionKey = key</c> or <c>KmsKeyId = key.KeyArn</c>.</summary>
    private static IOperation? KeyOf(IObjectCreationOperation creation, CdkTypes cdk)
    {
        if (creation.Type is not { Name: "LogGroup" or "CfnLogGroup" } type || cdk.FullName(type) is not ("Amazon.CDK.AWS.Logs.LogGroup" or "Amazon.CDK.AWS.Logs.CfnLogGroup"))
            return null;
        foreach (var assignment in creation.Descendants().OfType<ISimpleAssignmentOperation>())
        {
            if (assignment.Target is not IPropertyReferenceOperation { Property: var property } || property.ContainingType.Name is not ("LogGroupProps" or "CfnLogGroupProps"))
                continue;
            if (property.Name == "EncryptionKey")
                return assignment.Value;
            if (property.Name == "KmsKeyId" && ValueResolver.Unwrap(assignment.Value) is IPropertyReferenceOperation { Property.Name: "KeyArn" or "KeyId", Instance: { } instance })
                return instance;
        }
        return null;
    }

    /// <summary>
    /// A logs service principal appears in the key's own props (its policy), or in a Grant*/AddToResourcePolicy
    /// call on the variable holding the key.
    /// </summary>
    private static bool IsGrantedToLogs(IObjectCreationOperation key, IOperation block, CdkTypes cdk, System.Threading.CancellationToken cancellationToken)
    {
        if (NamesLogsPrincipal(key, cdk, cancellationToken))
            return true;
        var holder = Holders.Of(key);
        return holder is not null && block.DescendantsAndSelf().OfType<IInvocationOperation>().Any(call =>
            (call.TargetMethod.Name.StartsWith("Grant", System.StringComparison.Ordinal) || call.TargetMethod.Name == "AddToResourcePolicy")
            && call.Instance is { } instance
            && SymbolEqualityComparer.Default.Equals(Holders.Referenced(instance), holder)
            && NamesLogsPrincipal(call, cdk, cancellationToken));
    }

    private static bool NamesLogsPrincipal(IOperation root, CdkTypes cdk, System.Threading.CancellationToken cancellationToken)
        => root.DescendantsAndSelf().Any(operation =>
            operation.Type?.SpecialType == SpecialType.System_String
            && operation is not IInterpolatedStringTextOperation
            && ValueResolver.ResolveString(operation, cdk, cancellationToken) is { } value
            && LogsPrincipal.IsMatch(value.Shape));
}
