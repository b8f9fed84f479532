using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK106: a literal asset path (also Path.Combine/Path.Join of literals) that does not exist under the CDK app's
/// folder. Silent without the listing the package's build targets write.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingAssetAnalyzer : CdkAnalyzer
{
    /// <summary>Asset APIs taking the path as their first argument.</summary>
    private static readonly ImmutableHashSet<string> PathMethods = ImmutableHashSet.Create(
        "Amazon.CDK.AWS.Lambda.Code.FromAsset", "Amazon.CDK.AWS.Lambda.Code.FromAssetImage",
        "Amazon.CDK.AWS.Lambda.DockerImageCode.FromImageAsset", "Amazon.CDK.AWS.ECS.ContainerImage.FromAsset",
        "Amazon.CDK.AWS.S3.Deployment.Source.Asset");

    /// <summary>Props properties holding the path: <c>new Asset(…, new AssetProps { Path })</c>, <c>new DockerImageAsset(…, new DockerImageAssetProps { Directory })</c>.</summary>
    private static readonly ImmutableHashSet<string> PathProperties = ImmutableHashSet.Create(
        "Amazon.CDK.AWS.S3.Assets.AssetProps.Path", "Amazon.CDK.AWS.Ecr.Assets.DockerImageAssetProps.Directory");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MissingAsset);

    private protected override void OnCdkCompilationStart(CompilationStartAnalysisContext context, CdkTypes cdk)
    {
        if (AssetListing.From(context.Options, context.CancellationToken) is not { } listing)
            return;

        context.RegisterOperationAction(ctx =>
        {
            var invocation = (IInvocationOperation)ctx.Operation;
            var method = invocation.TargetMethod;
            if (method.Name is "FromAsset" or "FromAssetImage" or "FromImageAsset" or "Asset"
                && PathMethods.Contains(cdk.FullName(method.ContainingType) + "." + method.Name)
                && invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0) is { } path)
            {
                Check(ctx, path.Value);
            }
        }, OperationKind.Invocation);

        context.RegisterOperationAction(ctx =>
        {
            var assignment = (ISimpleAssignmentOperation)ctx.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "Path" or "Directory" } property }
                && PathProperties.Contains(cdk.FullName(property.ContainingType) + "." + property.Name))
            {
                Check(ctx, assignment.Value);
            }
        }, OperationKind.SimpleAssignment);

        void Check(OperationAnalysisContext ctx, IOperation value)
        {
            if (KnownPath(value, cdk, ctx.CancellationToken) is { } path && listing.Exists(path) == false)
            {
                var root = listing.Root.Length == 0 ? "the app folder" : listing.Root;
                ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingAsset, value.Syntax.GetLocation(), path, root));
            }
        }
    }

    /// <summary>A fully known path: a string the resolver knows, or Path.Combine/Path.Join of such strings.</summary>
    private static string? KnownPath(IOperation value, CdkTypes cdk, System.Threading.CancellationToken cancellationToken)
    {
        value = ValueResolver.Unwrap(value);
        if (value is IInvocationOperation { TargetMethod: { Name: "Combine" or "Join", ContainingType: var type } } call
            && type.ToDisplayString() == "System.IO.Path")
        {
            var parts = call.Arguments.SelectMany(a => a.Value is IArrayCreationOperation { Initializer: { } array } ? array.ElementValues : ImmutableArray.Create(a.Value))
                .Select(p => ValueResolver.ResolveString(p, cdk, cancellationToken)?.KnownText)
                .ToList();
            return parts.Any(p => p is null) ? null : string.Join("/", parts);
        }
        return ValueResolver.ResolveString(value, cdk, cancellationToken)?.KnownText;
    }
}
