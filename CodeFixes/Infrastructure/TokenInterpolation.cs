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
    // No global:: here: inside an interpolation its colon would start a format string.
    private const string AwsType = "Amazon.CDK.Aws";

    /// <summary>
    /// The nodes that replace <paramref name="node"/> (a string literal, or a text part of an interpolated string)
    /// with every occurrence of <paramref name="piece"/> turned into <c>{Aws.<paramref name="awsMember"/>}</c>;
    /// null when no compiling replacement exists there (a const, an attribute argument, a part of an interpolated raw string).
    /// </summary>
    public static IReadOnlyList<SyntaxNode>? Replace(SyntaxNode node, string piece, string awsMember)
    {
        switch (node)
        {
            case LiteralExpressionSyntax literal when IsRaw(literal.Token) && !MustBeConstant(literal):
                return literal.Token.Text.Contains(piece) ? new[] { RawInterpolated(literal.Token.Text, piece, awsMember).WithTriviaFrom(literal) } : null;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && !MustBeConstant(literal):
            {
                // The written text is already escaped for its kind of string (quotes, backslashes); braces need doubling.
                var text = literal.Token.Text;
                var verbatim = text.StartsWith("@", System.StringComparison.Ordinal);
                var inner = text.Substring(verbatim ? 2 : 1, text.Length - (verbatim ? 3 : 2));
                if (!inner.Contains(piece))
                    return null;
                return new[] { Interpolated(verbatim ? "$@\"" : "$\"", inner.Replace("{", "{{").Replace("}", "}}"), piece, awsMember).WithTriviaFrom(literal) };
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

    private static bool IsRaw(SyntaxToken token)
        => token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken);

    /// <summary>
    /// A raw string (a JSON policy or state machine definition) stays raw, lines and indentation kept:
    /// <c>"""{ "Resource": "arn:…:111…" }"""</c> → <c>$$"""{ "Resource": "arn:…:{{Amazon.CDK.Aws.ACCOUNT_ID}}" }"""</c>,
    /// with one more <c>$</c> than the longest run of braces in the text, so its braces stay text.
    /// </summary>
    private static InterpolatedStringExpressionSyntax RawInterpolated(string rawText, string piece, string awsMember)
    {
        var braces = LongestBraceRun(rawText) + 1;
        var code = new string('$', braces)
            + rawText.Replace(piece, new string('{', braces) + AwsType + "." + awsMember + new string('}', braces));
        return (InterpolatedStringExpressionSyntax)FixEditing.ParseExpression(code, AwsType);
    }

    private static int LongestBraceRun(string text)
    {
        int longest = 0, run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('{' or '}'))
                run = 0;
            else
                run = i > 0 && text[i - 1] == text[i] ? run + 1 : 1;
            longest = System.Math.Max(longest, run);
        }
        return longest;
    }

    private static InterpolatedStringExpressionSyntax Interpolated(string start, string escapedText, string piece, string awsMember)
    {
        var code = start + escapedText.Replace(piece, "{" + AwsType + "." + awsMember + "}") + "\"";
        return (InterpolatedStringExpressionSyntax)FixEditing.ParseExpression(code, AwsType);
    }
}
