using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdkAnalyzers;

/// <summary>
/// Unit tests of stacks (files that use Amazon.CDK.Assertions) use placeholder accounts on purpose. The files are
/// found once per compilation, on the first question, by their using directives alone; every later question is a
/// lookup without locks (rules ask about each string they see, from every analysis thread).
/// </summary>
internal sealed class StackTestFiles
{
    private const string AssertionsNamespace = "Amazon.CDK.Assertions";
    private readonly Compilation _compilation;
    private ImmutableHashSet<SyntaxTree>? _testFiles;

    public StackTestFiles(Compilation compilation) => _compilation = compilation;

    public bool Contains(SyntaxTree? tree, CancellationToken cancellationToken)
        => tree is not null && (_testFiles ??= Find(_compilation, cancellationToken)).Contains(tree);

    private static ImmutableHashSet<SyntaxTree> Find(Compilation compilation, CancellationToken cancellationToken)
        => compilation.SyntaxTrees.Where(tree => UsesAssertions(tree, cancellationToken)).ToImmutableHashSet();

    // The rightmost name first: the full name is text built anew on every call, asked only of candidates.
    private static bool UsesAssertions(SyntaxTree tree, CancellationToken cancellationToken)
        => CdkTypes.UsingDirectivesOf(tree, cancellationToken)
            .Any(u => u.Name is QualifiedNameSyntax { Right.Identifier.ValueText: "Assertions" } name && name.ToString() == AssertionsNamespace);
}
