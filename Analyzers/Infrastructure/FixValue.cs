using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CdkAnalyzers;

/// <summary>The piece of a literal a value rule found (an account id, a region), handed to its code fix.</summary>
internal static class FixValue
{
    public const string Key = "Value";

    public static ImmutableDictionary<string, string?> Properties(string value)
        => ImmutableDictionary<string, string?>.Empty.Add(Key, value);

    public static string? From(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(Key, out var value) ? value : null;
}
