using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace CdkAnalyzers;

/// <summary>
/// One value, one diagnostic: a const used by three constructs is reported once, at its literal.
/// Lives for one compilation (created in the compilation start action).
/// </summary>
internal sealed class ReportOnce
{
    private readonly ConcurrentDictionary<(string Id, Location Location), bool> _reported = new();

    public bool TryClaim(string id, Location location) => _reported.TryAdd((id, location), true);
}
