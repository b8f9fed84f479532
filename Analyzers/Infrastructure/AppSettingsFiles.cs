using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>
/// The JSON settings files an app's configuration reads (<c>.AddJsonFile("appsettings.json")</c>), passed by the
/// package's build targets as AdditionalFiles (the analyzer itself does no file IO), flattened to the keys
/// <c>Microsoft.Extensions.Configuration</c> reads them by: <c>"Stack:Account"</c>, <c>"Queues:0:Name"</c>, matched
/// case-insensitively, comments and trailing commas allowed as the JSON provider allows them. A file is parsed on the
/// first question about it; one that is not passed or not valid JSON gives no values.
/// </summary>
internal sealed class AppSettingsFiles
{
    public static readonly AppSettingsFiles None = new(null);

    private readonly AnalyzerOptions? _options;
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>?> _files = new(StringComparer.OrdinalIgnoreCase);

    public AppSettingsFiles(AnalyzerOptions? options) => _options = options;

    /// <summary>The flattened values of the file a path names (its file name, as the build passes it); null when there is none.</summary>
    public IReadOnlyDictionary<string, string>? ValuesOf(string path, CancellationToken cancellationToken)
    {
        if (_options is null)
            return null;
        var name = path.Replace('\\', '/').Split('/').Last();
        return _files.GetOrAdd(name, file =>
            CdkOptions.AdditionalFileText(_options, file, cancellationToken) is { } text && new JsonReader(text.ToString(), settingsFile: true).TryReadDocument(out var document)
                ? Flatten(document)
                : null);
    }

    /// <summary>
    /// The names of the passed JSON files a name whose parts are not all known may be (<c>appsettings.{stage}.json</c>
    /// as "appsettings.", null, ".json"): each unknown part any text.
    /// </summary>
    public IEnumerable<string> NamesLike(IReadOnlyList<string?> parts)
    {
        if (_options is null)
            return Enumerable.Empty<string>();
        var pattern = string.Concat(parts.Select(part => part is null ? ".*" : System.Text.RegularExpressions.Regex.Escape(part)));
        var name = new System.Text.RegularExpressions.Regex("^" + pattern.Substring(pattern.LastIndexOf('/') + 1) + "$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        return _options.AdditionalFiles.Select(file => System.IO.Path.GetFileName(file.Path))
            .Where(file => file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && name.IsMatch(file))
            .Distinct(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Keys joined with ':' (array elements by index), values as text; an object or array is no value of its own.</summary>
    public static IReadOnlyDictionary<string, string> Flatten(object? document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Add("", document);
        return values;

        void Add(string path, object? value)
        {
            switch (value)
            {
                case Dictionary<string, object?> members:
                    foreach (var member in members)
                        Add(path.Length == 0 ? member.Key : path + ":" + member.Key, member.Value);
                    break;
                case List<object?> elements:
                    for (var i = 0; i < elements.Count; i++)
                        Add(path + ":" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), elements[i]);
                    break;
                case string text when path.Length > 0:
                    values[path] = text;
                    break;
            }
        }
    }
}
