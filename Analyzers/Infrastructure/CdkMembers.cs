using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CdkAnalyzers;

/// <summary>
/// A set of members of CDK types (<c>Code.FromAsset</c>, <c>AssetProps.Path</c>, a constructor as <c>.ctor</c>),
/// the types resolved once through <see cref="CdkTypes"/>; members of types this CDK version lacks are left out.
/// </summary>
internal sealed class CdkMembers
{
    private readonly ImmutableArray<(INamedTypeSymbol Type, string Member)> _members;

    public CdkMembers(CdkTypes cdk, params (string Type, string Member)[] members)
    {
        var builder = ImmutableArray.CreateBuilder<(INamedTypeSymbol, string)>();
        foreach (var (type, member) in members)
        {
            if (cdk.Type(type) is { } symbol)
                builder.Add((symbol, member));
        }
        _members = builder.ToImmutable();
    }

    public bool IsEmpty => _members.IsEmpty;

    /// <summary>True when <paramref name="member"/> is one of the set (declared on that very type).</summary>
    public bool Contains(ISymbol? member)
    {
        if (member?.ContainingType is not { } type)
            return false;
        foreach (var (candidate, name) in _members)
        {
            if (member.Name == name && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, candidate))
                return true;
        }
        return false;
    }
}
