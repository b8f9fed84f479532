using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace CdkAnalyzers.CodeFixes;

/// <summary>What every fix does after its edit: add the usings its new code needs, simplify names, format only what it wrote.</summary>
internal static class FixEditing
{
    /// <summary>
    /// Parses code written with fully qualified names (<c>global::Amazon.CDK.Aws.ACCOUNT_ID</c>) and marks it so
    /// that <see cref="FinishAsync"/> adds the using and shortens the name.
    /// </summary>
    public static ExpressionSyntax QualifiedExpression(string code)
        => SyntaxFactory.ParseExpression(code).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);

    public static StatementSyntax QualifiedStatement(string code)
        => SyntaxFactory.ParseStatement(code).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);

    public static async Task<Document> FinishAsync(Document document, CancellationToken cancellationToken)
    {
        document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
