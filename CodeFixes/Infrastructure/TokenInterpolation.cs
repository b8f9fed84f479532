using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdkAnalyzers.CodeFixes;

/// <summary>
/// Replaces a piece of a string (an account id, a region) with a CDK token interpolation:
/// <c>"arn:aws:sns:us-east-1:…"</c> → <c>$"arn:aws:sns:{Aws.REGION}:…"</c>.
/// </summary>
internal static class TokenInterpolation
{
    /// <summary>
    /// The nodes that replace <paramref name="node"/> (a string literal, or a text part of an interpolated string)
    /// with every occurrence of <paramref name="piece"/> turned into <c>{Aws.<paramref name="awsMember"/>}</c>;
    /// null when no compiling replacement exists there (a const, an attribute argument, a raw string).
    /// </summary>
    public static IReadOnlyList<SyntaxNode>? Replace(SyntaxNode node, string piece, string awsMember)
    {
        switch (node)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && !MustBeConstant(literal):
            {
                var escaped = SymbolDisplay.FormatLiteral(literal.Token.ValueText, quote: false).Replace("{", "{{").Replace("}", "}}");
                return new[] { Interpolated("$\"", escaped, piece, awsMember).WithTriviaFrom(literal) };
            }
            case InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax parent } text
                when !parent.StringStartToken.Text.Contains("\"\"\"") && !MustBeConstant(parent):
            {
                // The raw text is already escaped for this kind of string; account ids and regions need no escaping.
                return Interpolated(parent.StringStartToken.Text, text.TextToken.Text, piece, awsMember).Contents.ToList();
            }
            default:
                return null;
        }
    }

    /// <summary>A const initializer, attribute argument, default value or case label cannot hold a token.</summary>
    public static bool MustBeConstant(SyntaxNode node)
        => node.AncestorsAndSelf().Any(a => a is AttributeArgumentSyntax or ParameterSyntax or CaseSwitchLabelSyntax
            || (a is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
            || (a is LocalDeclarationStatementSyntax local && local.IsConst));

    private static InterpolatedStringExpressionSyntax Interpolated(string start, string escapedText, string piece, string awsMember)
    {
        // No global:: here: inside an interpolation its colon would start a format string.
        const string aws = "Amazon.CDK.Aws";
        var code = start + escapedText.Replace(piece, "{" + aws + "." + awsMember + "}") + "\"";
        return (InterpolatedStringExpressionSyntax)FixEditing.ParseExpression(code, aws);
    }
}
