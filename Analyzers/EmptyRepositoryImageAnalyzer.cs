using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK502: an image pulled from an ECR repository that this app creates (<c>new Repository(…)</c>, also behind a
/// property of this app's own construct or a helper): at deploy the repository is empty. Reported at the call or
/// the <c>new EcrImage</c>.
/// </summary>
public sealed class EmptyRepositoryImageAnalyzer : CdkAnalyzer
{
    /// <summary>Image-from-repository APIs (type, member) and the image-asset API to use instead.</summary>
    private static readonly (string Type, string Member, string Alternative)[] ImageApis =
    {
        ("Amazon.CDK.AWS.ECS.ContainerImage", "FromEcrRepository", "ContainerImage.FromAsset"),
        ("Amazon.CDK.AWS.ECS.EcrImage", ".ctor", "ContainerImage.FromAsset"),
        ("Amazon.CDK.AWS.CodeBuild.LinuxBuildImage", "FromEcrRepository", "LinuxBuildImage.FromAsset"),
        ("Amazon.CDK.AWS.CodeBuild.LinuxArmBuildImage", "FromEcrRepository", "LinuxArmBuildImage.FromAsset"),
        ("Amazon.CDK.AWS.CodeBuild.WindowsBuildImage", "FromEcrRepository", "WindowsBuildImage.FromAsset"),
        ("Amazon.CDK.AWS.Lambda.DockerImageCode", "FromEcr", "DockerImageCode.FromImageAsset"),
        ("Amazon.CDK.AWS.Lambda.Code", "FromEcrImage", "Code.FromAssetImage"),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ImageFromEmptyRepository);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        if (cdk.EcrRepository is null)
            return;
        var apis = new List<(INamedTypeSymbol Type, string Member, string Alternative)>();
        foreach (var (type, member, alternative) in ImageApis)
        {
            if (cdk.Type(type) is { } symbol)
                apis.Add((symbol, member, alternative));
        }

        context.RegisterOperationAction(ctx =>
        {
            var (method, arguments) = ctx.Operation switch
            {
                IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                _ => (null, ImmutableArray<IArgumentOperation>.Empty),
            };
            if (method is null || arguments.IsEmpty || method.Name is not ("FromEcrRepository" or "FromEcr" or "FromEcrImage" or ".ctor"))
                return;
            var api = ApiOf(method, apis);
            if (api.Type is null || ValueModel.ArgumentAt(arguments, 0)?.Value is not { } repository)
                return;
            var created = cdk.Values.Creations(new Origin(repository), ctx.CancellationToken).FirstOrDefault(c => CdkTypes.Inherits(c.Creation.Type, cdk.EcrRepository));
            if (created.Creation is not null)
                ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.ImageFromEmptyRepository, ctx.Operation.Syntax.GetLocation(), NameOf(created.Creation, created.Frame, cdk, ctx), api.Alternative));
        }, OperationKind.Invocation, OperationKind.ObjectCreation);
    }

    // A loop, not a query with a closure: it runs for every creation in the compilation.
    private static (INamedTypeSymbol? Type, string? Member, string? Alternative) ApiOf(IMethodSymbol method, List<(INamedTypeSymbol Type, string Member, string Alternative)> apis)
    {
        foreach (var api in apis)
        {
            if (api.Member == method.Name && SymbolEqualityComparer.Default.Equals(api.Type, method.ContainingType))
                return api;
        }
        return default;
    }

    /// <summary>The repository's id, seen through the call or loop pass that made it (<c>$"{name}Repo"</c> is <c>apiRepo</c>).</summary>
    private static string NameOf(IObjectCreationOperation repository, Frame? frame, CdkTypes cdk, OperationAnalysisContext context)
        => cdk.Values.ConstructIdOf(repository, frame, context.CancellationToken) ?? Holders.Of(repository)?.Name ?? "Repository";
}
