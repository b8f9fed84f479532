using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>
/// What exists under the CDK app's folder, as written by the package's build targets into an AdditionalFile
/// (the analyzer itself does no file IO). Paths are relative to that folder, one per line; lines starting with
/// '#' are comments, and a <c># truncated</c> line means the listing stopped early.
/// </summary>
internal sealed class AssetListing
{
    public const string FileName = "CdkAnalyzers.AssetListing.txt";
    public const string RootProperty = "build_property.CdkAnalyzersAssetRoot";

    private readonly HashSet<string> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _directories = new(StringComparer.OrdinalIgnoreCase);

    private AssetListing(string root) => Root = root;

    /// <summary>The folder paths are relative to (holding cdk.json, else the project folder).</summary>
    public string Root { get; }

    public bool IsTruncated { get; private set; }

    /// <summary>The listing passed to this compilation, or null when the build did not write one.</summary>
    public static AssetListing? From(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        if (CdkOptions.AdditionalFileText(options, FileName, cancellationToken) is not { } text)
            return null;
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(RootProperty, out var root);
        var listing = new AssetListing(Normalize(root ?? "").TrimEnd('/'));
        foreach (var line in text.Lines)
        {
            var entry = line.ToString().Trim();
            if (entry.StartsWith("#", StringComparison.Ordinal))
            {
                listing.IsTruncated |= entry == "# truncated";
                continue;
            }
            if (entry.Length > 0)
                listing.Add(Normalize(entry));
        }
        return listing;
    }

    private void Add(string path)
    {
        _files.Add(path);
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            if (!_directories.Add(path.Substring(0, slash)))
                break;
        }
    }

    /// <summary>
    /// Whether a path as written in code exists: true, false, or null when it cannot be known (absolute
    /// outside the root, above the root, or not found in a truncated listing).
    /// </summary>
    public bool? Exists(string path)
    {
        var relative = Relative(Normalize(path));
        if (relative is null || InUnlistedFolder(relative))
            return null;
        if (relative.Length == 0 || _files.Contains(relative) || _directories.Contains(relative))
            return true;
        return IsTruncated ? null : false;
    }

    /// <summary>Folders the listing leaves out (build output, dependencies): a path through one is not known to be missing.</summary>
    private static readonly string[] UnlistedFolders = { "bin", "obj", "cdk.out", "node_modules", ".git" };

    /// <summary><c>src/Api/bin/Release/net8.0/publish</c>: made by the build before synth, never in the listing.</summary>
    private static bool InUnlistedFolder(string relative)
    {
        foreach (var segment in relative.Split('/'))
        {
            foreach (var folder in UnlistedFolders)
            {
                if (segment.Equals(folder, StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }
        return false;
    }

    private string? Relative(string path)
    {
        var isAbsolute = path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':');
        if (isAbsolute)
        {
            if (Root.Length == 0 || !path.StartsWith(Root + "/", StringComparison.OrdinalIgnoreCase))
                return null;
            path = path.Substring(Root.Length + 1);
        }
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
                continue;
            if (segment == "..")
            {
                if (segments.Count == 0)
                    return null;
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return string.Join("/", segments);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
