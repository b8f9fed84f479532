using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdkAnalyzers;

/// <summary>Unit tests of stacks (files that use Amazon.CDK.Assertions) use placeholder accounts on purpose.</summary>
internal static class StackTestFiles
{
    private const string AssertionsNamespace = "Amazon.CDK.Assertions";

    public static bool IsStackTest(SyntaxTree? tree, System.Threading.CancellationToken cancellationToken)
        => tree is not null
            && tree.GetRoot(cancellationToken).DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>()
                .Any(u => u.Name?.ToString() == AssertionsNamespace);
}
