using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdkAnalyzers;

/// <summary>What a piece of a string is known to be.</summary>
internal enum ValueKind
{
    /// <summary>Known text, from a literal or a constant.</summary>
    Text,
    StackName,
    ConstructId,
    Account,
    Region,
    Partition,
    UrlSuffix,
    /// <summary>Nothing is known: a public parameter without callers, a context value, an environment variable.</summary>
    Unknown,
}

/// <summary>
/// One piece of a string value. <see cref="Syntax"/> is where the piece is written: for text, the literal
/// (wherever it is declared, e.g. a const field's initializer); for the rest, the expression.
/// </summary>
internal readonly struct ValuePart
{
    public ValuePart(ValueKind kind, string? text, SyntaxNode syntax, bool isLowercased = false, bool isToken = false, bool isFromConfiguration = false)
    {
        Kind = kind;
        Text = text;
        Syntax = syntax;
        IsLowercased = isLowercased;
        IsToken = isToken;
        IsFromConfiguration = isFromConfiguration;
    }

    /// <summary>
    /// Text from the app's cdk.json context (<see cref="CdkContext"/>) or a JSON settings file its configuration reads
    /// (<see cref="AppSettingsFiles"/>): configuration a deploy can override (<c>-c key=value</c>, an environment
    /// variable), so never "hardcoded", though it deploys as it is when not overridden.
    /// </summary>
    public bool IsFromConfiguration { get; }

    /// <summary>The same known text changed by a call (recased, replaced, trimmed), written at <paramref name="syntax"/>; where it comes from stays.</summary>
    public ValuePart WithText(string text, SyntaxNode syntax) => new(ValueKind.Text, text, syntax, isFromConfiguration: IsFromConfiguration);

    public ValueKind Kind { get; }
    public string? Text { get; }
    public SyntaxNode Syntax { get; }

    /// <summary>
    /// Made when asked (a rule reporting on the piece): most pieces are never reported on. Null for the default
    /// part, as <see cref="Syntax"/> is.
    /// </summary>
    public Location Location => Syntax?.GetLocation()!;

    /// <summary>
    /// Where the text at <paramref name="index"/> of <see cref="Text"/> is written: inside a raw string written over
    /// several lines (a JSON definition or policy), just that text; else <see cref="Location"/>.
    /// </summary>
    public Location LocationOf(int index, int length)
    {
        if (Syntax is not LiteralExpressionSyntax { Token: var token } || !token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
            || Text is not { } text || index < 0 || index + length > text.Length)
        {
            return Location;
        }
        // Line k of the text is line k + 1 of the literal (after the opening quotes), less the closing line's indentation.
        var source = token.Text;
        var closingLine = source.LastIndexOf('\n') + 1;
        var indentation = 0;
        while (closingLine + indentation < source.Length && source[closingLine + indentation] is ' ' or '\t')
            indentation++;
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var position = 0;
        for (var line = text.Take(index).Count(c => c == '\n'); line >= 0; line--)
            position = source.IndexOf('\n', position) + 1;
        position += indentation + index - lineStart;
        return position > 0 && position + length <= source.Length && string.CompareOrdinal(source, position, text, index, length) == 0
            ? Location.Create(Syntax.SyntaxTree, new Microsoft.CodeAnalysis.Text.TextSpan(token.SpanStart + position, length))
            : Location;
    }

    /// <summary>
    /// <see cref="Location"/> when the text is written there as it is (a literal, an interpolation's text); null for
    /// text a call recased (<c>$"acme-{name}".ToLowerInvariant()</c> in a helper every name shares), which a rule
    /// reports where the whole value is given instead.
    /// </summary>
    public Location? WrittenLocation => Syntax is LiteralExpressionSyntax or InterpolatedStringTextSyntax ? Location : null;

    /// <summary>The piece is written inside <paramref name="scope"/> (a creation, a helper's member).</summary>
    public bool IsWrittenIn(SyntaxNode scope) => Syntax.SyntaxTree == scope.SyntaxTree && scope.Span.Contains(Syntax.Span);

    /// <summary>True for a piece passed through ToLower/ToLowerInvariant.</summary>
    public bool IsLowercased { get; }

    /// <summary>
    /// True for a CDK token (<c>Aws.STACK_NAME</c>): a placeholder string at synth that string methods would break.
    /// False for a value that is a concrete string at synth (<c>this.StackName</c>, a construct id).
    /// </summary>
    public bool IsToken { get; }
}

/// <summary>
/// One value a string expression may take: a sequence of known text and unknown or token pieces. Values are
/// cached by the model and read by several rules: what is derived from the parts is computed once.
/// </summary>
internal sealed class StringValue
{
    private string? _knownText;
    private string? _shape;
    private ImmutableArray<(ValuePart Part, int Offset)> _textParts;

    public StringValue(ImmutableArray<ValuePart> parts)
    {
        Parts = parts;
        IsKnown = parts.All(p => p.Kind == ValueKind.Text);
    }

    public ImmutableArray<ValuePart> Parts { get; }

    public bool IsKnown { get; }

    /// <summary>The whole text when every part is known, else null.</summary>
    public string? KnownText => IsKnown ? _knownText ??= Join(Parts) : null;

    /// <summary>The text with every unknown piece as one NUL character, so a piece can be checked in its context.</summary>
    public string Shape => _shape ??= IsKnown ? KnownText! : Join(Parts);

    /// <summary>Each known piece with where it starts in <see cref="Shape"/>.</summary>
    public ImmutableArray<(ValuePart Part, int Offset)> TextParts
    {
        get
        {
            if (_textParts.IsDefault)
                _textParts = FindTextParts(Parts);
            return _textParts;
        }
    }

    /// <summary>Where the first known piece is written (the whole expression when the value is one piece); null when none is known.</summary>
    public SyntaxNode? FirstTextSyntax
    {
        get
        {
            foreach (var part in Parts)
            {
                if (part.Kind == ValueKind.Text)
                    return part.Syntax;
            }
            return null;
        }
    }

    /// <summary>The location of <see cref="FirstTextSyntax"/>, made when asked.</summary>
    public Location? FirstTextLocation => FirstTextSyntax?.GetLocation();

    /// <summary>
    /// Where the value's first known piece written outside <paramref name="scope"/> is (a constant, a record's or a helper
    /// caller's argument); null when every piece is written inside it. A creation or helper serves every value it is
    /// given: a diagnostic about one of them goes where that one is written, each caller's at its own line.
    /// </summary>
    public Location? FirstTextWrittenOutside(SyntaxNode scope)
    {
        foreach (var part in Parts)
        {
            if (part.Kind == ValueKind.Text && !part.IsWrittenIn(scope))
                return part.Location;
        }
        return null;
    }

    private static string Join(ImmutableArray<ValuePart> parts)
    {
        if (parts.Length == 1)
            return parts[0].Kind == ValueKind.Text ? parts[0].Text! : "\0";
        var text = new StringBuilder();
        foreach (var part in parts)
            text.Append(part.Kind == ValueKind.Text ? part.Text : "\0");
        return text.ToString();
    }

    private static ImmutableArray<(ValuePart Part, int Offset)> FindTextParts(ImmutableArray<ValuePart> parts)
    {
        // Sized exactly: values are many, read by several rules, and kept with the model's answers.
        var count = 0;
        foreach (var part in parts)
        {
            if (part.Kind == ValueKind.Text)
                count++;
        }
        var textParts = ImmutableArray.CreateBuilder<(ValuePart, int)>(count);
        var offset = 0;
        foreach (var part in parts)
        {
            if (part.Kind == ValueKind.Text)
                textParts.Add((part, offset));
            offset += part.Kind == ValueKind.Text ? part.Text!.Length : 1;
        }
        return textParts.MoveToImmutable();
    }
}
