using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>
/// The values of the app's <c>cdk.json</c> context (<c>"context": { "domain": "example.com" }</c>), passed by the
/// package's build targets as an AdditionalFile (the analyzer itself does no file IO): what <c>Node.TryGetContext("domain")</c>
/// gives unless the command line sets the key (<c>-c domain=…</c>). A file that is not valid JSON gives no values: the CDK
/// CLI reports it before any synth.
/// </summary>
internal sealed class CdkContext
{
    public const string FileName = "cdk.json";

    public static readonly CdkContext None = new(new Dictionary<string, object?>(StringComparer.Ordinal));

    private readonly Dictionary<string, object?> _values;

    private CdkContext(Dictionary<string, object?> values) => _values = values;

    /// <summary>The context of the cdk.json passed to this compilation; <see cref="None"/> without one.</summary>
    public static CdkContext From(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var text = CdkOptions.AdditionalFileText(options, FileName, cancellationToken);
        return text is null ? None : Parse(text.ToString()) ?? None;
    }

    /// <summary>The document's top-level <c>context</c> object; null when it is not valid JSON.</summary>
    public static CdkContext? Parse(string json)
    {
        var reader = new JsonReader(json);
        if (!reader.TryReadDocument(out var document))
            return null;
        return document is Dictionary<string, object?> root && root.TryGetValue("context", out var context) && context is Dictionary<string, object?> values
            ? new CdkContext(values)
            : None;
    }

    /// <summary>No context values: nothing to look up.</summary>
    public bool IsEmpty => _values.Count == 0;

    /// <summary>The value cdk.json gives the key: text (strings, numbers and booleans as written), an object (a dictionary) or a list; null when it gives none.</summary>
    public object? ValueAt(string key) => _values.TryGetValue(key, out var value) ? value : null;
}
