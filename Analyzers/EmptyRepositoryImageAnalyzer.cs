using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK502: an image pulled from an ECR repository that this app creates (<c>new Repository(…)</c>): at deploy the
/// repository is empty. Reported at the call or the <c>new EcrImage</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyRepositoryImageAnalyzer : CdkAnalyzer
{
    /// <summary>Image-from-repository APIs and the image-asset API to use instead.</summary>
    private static readonly ImmutableDictionary<string, string> AssetAlternative = new[]
    {
        ("Amazon.CDK.AWS.ECS.ContainerImage.FromEcrRepository", "ContainerImage.FromAsset"),
        ("Amazon.CDK.AWS.ECS.EcrImage..ctor", "ContainerImage.FromAsset"),
        ("Amazon.CDK.AWS.CodeBuild.LinuxBuildImage.FromEcrRepository", "LinuxBuildImage.FromAsset"),
        ("Amazon.CDK.AWS.CodeBuild.LinuxArmBuildImage.FromEcrRepository", "LinuxArmBuildImage.FromAsset"),
        ("Amazon.CDK.AWS.CodeBuild.WindowsBuildImage.FromEcrRepository", "WindowsBuildImage.FromAsset"),
        ("Amazon.CDK.AWS.Lambda.DockerImageCode.FromEcr", "DockerImageCode.FromImageAsset"),
        ("Amazon.CDK.AWS.Lambda.Code.FromEcrImage", "Code.FromAssetImage"),
    }.ToImmutableDictionary(p => p.Item1, p => p.Item2);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ImageFromEmptyRepository);

    private protected override void OnCdkCompilationStart(CompilationStartAnalysisContext context, CdkTypes cdk)
    {
        if (cdk.EcrRepository is null)
            return;

        // Per operation block: the repository is usually created a few statements above, in the same body.
        context.RegisterOperationBlockAction(ctx =>
        {
            foreach (var block in ctx.OperationBlocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    var (method, arguments) = operation switch
                    {
                        IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                        IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                        _ => (null, ImmutableArray<IArgumentOperation>.Empty),
                    };
                    if (method is null || arguments.Length == 0 || method.Name is not ("FromEcrRepository" or "FromEcr" or "FromEcrImage" or ".ctor")
                        || !CdkTypes.IsInCdkNamespace(method.ContainingType)
                        || !AssetAlternative.TryGetValue(cdk.FullName(method.ContainingType) + "." + method.Name, out var alternative))
                    {
                        continue;
                    }
                    var repository = arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
                    if (repository is not null && Holders.CreationOf(repository, block, t => CdkTypes.Inherits(t, cdk.EcrRepository)) is { } created)
                        ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.ImageFromEmptyRepository, operation.Syntax.GetLocation(), NameOf(created), alternative));
                }
            }
        });
    }

    private static string NameOf(IObjectCreationOperation repository)
        => repository.Arguments.Length > 1 && repository.Arguments[1].Value.ConstantValue.Value is string id
            ? id
            : Holders.Of(repository)?.Name ?? "Repository";
}
