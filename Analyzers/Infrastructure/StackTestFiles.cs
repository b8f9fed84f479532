using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdkAnalyzers;

/// <summary>
/// Unit tests of stacks (files that use Amazon.CDK.Assertions) use placeholder accounts on purpose. Answers once
/// per syntax tree; one per compilation (<see cref="CdkTypes.StackTests"/>).
/// </summary>
internal sealed class StackTestFiles
{
    private const string AssertionsNamespace = "Amazon.CDK.Assertions";
    private readonly ConcurrentDictionary<SyntaxTree, bool> _byTree = new();

    public bool Contains(SyntaxTree? tree, CancellationToken cancellationToken)
        => tree is not null && (_byTree.TryGetValue(tree, out var known) ? known : _byTree.GetOrAdd(tree, UsesAssertions(tree, cancellationToken)));

    private static bool UsesAssertions(SyntaxTree tree, CancellationToken cancellationToken)
        => tree.GetRoot(cancellationToken).DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<UsingDirectiveSyntax>()
            .Any(u => u.Name?.ToString() == AssertionsNamespace);
}
