using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK106: a known asset path (literals, also Path.Combine/Path.Join of them, followed through constants, helpers and
/// loops) that does not exist under the CDK app's folder. Silent without the listing the package's build targets write.
/// </summary>
public sealed class MissingAssetAnalyzer : CdkAnalyzer
{
    /// <summary>Asset APIs taking the path as their first argument.</summary>
    private static readonly (string Type, string Member)[] PathMethods =
    {
        ("Amazon.CDK.AWS.Lambda.Code", "FromAsset"), ("Amazon.CDK.AWS.Lambda.Code", "FromAssetImage"),
        ("Amazon.CDK.AWS.Lambda.DockerImageCode", "FromImageAsset"), ("Amazon.CDK.AWS.ECS.ContainerImage", "FromAsset"),
        ("Amazon.CDK.AWS.S3.Deployment.Source", "Asset"),
    };

    /// <summary>Props properties holding the path: <c>new Asset(…, new AssetProps { Path })</c>, <c>new DockerImageAsset(…, new DockerImageAssetProps { Directory })</c>.</summary>
    private static readonly (string Type, string Member)[] PathProperties =
    {
        ("Amazon.CDK.AWS.S3.Assets.AssetProps", "Path"), ("Amazon.CDK.AWS.Ecr.Assets.DockerImageAssetProps", "Directory"),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MissingAsset);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        if (AssetListing.From(context.Options, context.CancellationToken) is not { } listing)
            return;
        var pathMethods = new CdkMembers(cdk, PathMethods);
        var pathProperties = new CdkMembers(cdk, PathProperties);
        var once = new ReportOnce();

        context.RegisterOperationAction(ctx =>
        {
            var invocation = (IInvocationOperation)ctx.Operation;
            var method = invocation.TargetMethod;
            if (method.Name is "FromAsset" or "FromAssetImage" or "FromImageAsset" or "Asset"
                && pathMethods.Contains(method)
                && ValueModel.ArgumentAt(invocation.Arguments, 0) is { } path)
            {
                Check(ctx, path.Value);
            }
        }, OperationKind.Invocation);

        context.RegisterOperationAction(ctx =>
        {
            var assignment = (ISimpleAssignmentOperation)ctx.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "Path" or "Directory" } property }
                && pathProperties.Contains(property))
            {
                Check(ctx, assignment.Value);
            }
        }, OperationKind.SimpleAssignment);

        void Check(OperationAnalysisContext ctx, IOperation value)
        {
            // Every fully known path the value may be (Path.Combine and Path.Join of known parts included): each missing
            // one where it is written — a constant, a helper caller's argument, a list's element — else at the value.
            foreach (var path in cdk.Values.Strings(new Origin(value), ctx.CancellationToken))
            {
                if (path.KnownText is not { } known || listing.Exists(known) != false)
                    continue;
                var at = path.FirstTextWrittenOutside(value.Syntax) ?? value.Syntax.GetLocation();
                if (!once.TryClaim(RuleIds.MissingAsset, at))
                    continue;
                var root = listing.Root.Length == 0 ? "the app folder" : listing.Root;
                ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingAsset, at, known, root));
            }
        }
    }
}
