using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdkAnalyzers;

/// <summary>
/// Unit tests of stacks (files that use Amazon.CDK.Assertions, or every file of a project that imports it globally) use
/// placeholder accounts on purpose. The files are found once per compilation, on the first question, by their using
/// directives alone; every later question is a lookup without locks (rules ask about each string they see, from every
/// analysis thread).
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
    {
        var files = ImmutableHashSet.CreateBuilder<SyntaxTree>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var directive in CdkTypes.UsingDirectivesOf(tree, cancellationToken))
            {
                if (!IsAssertions(directive))
                    continue;
                // A global using (GlobalUsings.cs, or <Using Include="Amazon.CDK.Assertions" /> in the project) makes
                // every file of the project a test file.
                if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
                    return compilation.SyntaxTrees.ToImmutableHashSet();
                files.Add(tree);
                break;
            }
        }
        return files.ToImmutable();
    }

    // The rightmost names first: the full name is text built anew on every call, asked only of candidates.
    private static bool IsAssertions(UsingDirectiveSyntax directive)
    {
        if (directive.Name is not QualifiedNameSyntax { Right.Identifier.ValueText: var right } name || right is not ("Assertions" or "Template" or "Match" or "Capture"))
            return false;
        var text = name.ToString();
        if (text.StartsWith("global::", System.StringComparison.Ordinal))
            text = text.Substring("global::".Length);
        return text == AssertionsNamespace || text.StartsWith(AssertionsNamespace + ".", System.StringComparison.Ordinal);
    }
}
