using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

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
/// One piece of a string value. <see cref="Location"/> is where the piece is written: for text, the literal
/// (wherever it is declared, e.g. a const field's initializer); for the rest, the expression.
/// </summary>
internal readonly struct ValuePart
{
    public ValuePart(ValueKind kind, string? text, Location location, bool isLowercased = false, bool isToken = false)
    {
        Kind = kind;
        Text = text;
        Location = location;
        IsLowercased = isLowercased;
        IsToken = isToken;
    }

    public ValueKind Kind { get; }
    public string? Text { get; }
    public Location Location { get; }

    /// <summary>True for a piece passed through ToLower/ToLowerInvariant.</summary>
    public bool IsLowercased { get; }

    /// <summary>
    /// True for a CDK token (<c>Aws.STACK_NAME</c>): a placeholder string at synth that string methods would break.
    /// False for a value that is a concrete string at synth (<c>this.StackName</c>, a construct id).
    /// </summary>
    public bool IsToken { get; }
}

/// <summary>One value a string expression may take: a sequence of known text and unknown or token pieces.</summary>
internal sealed class StringValue
{
    public StringValue(ImmutableArray<ValuePart> parts) => Parts = parts;

    public ImmutableArray<ValuePart> Parts { get; }

    public bool IsKnown => Parts.All(p => p.Kind == ValueKind.Text);

    /// <summary>The whole text when every part is known, else null.</summary>
    public string? KnownText => IsKnown ? string.Concat(Parts.Select(p => p.Text)) : null;

    /// <summary>The text with every unknown piece as one NUL character, so a piece can be checked in its context.</summary>
    public string Shape => string.Concat(Parts.Select(p => p.Kind == ValueKind.Text ? p.Text : "\0"));

    /// <summary>Each known piece with where it starts in <see cref="Shape"/>.</summary>
    public IEnumerable<(ValuePart Part, int Offset)> TextParts
    {
        get
        {
            var offset = 0;
            foreach (var part in Parts)
            {
                if (part.Kind == ValueKind.Text)
                    yield return (part, offset);
                offset += part.Kind == ValueKind.Text ? part.Text!.Length : 1;
            }
        }
    }

    /// <summary>The location of the whole expression when the value is one piece, else the first known piece's.</summary>
    public Location? FirstTextLocation => TextParts.Select(p => p.Part.Location).FirstOrDefault();
}
