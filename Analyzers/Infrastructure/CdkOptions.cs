using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>An option read from .editorconfig / .globalconfig, with what it accepts.</summary>
internal sealed class OptionDefinition
{
    public OptionDefinition(string key, string defaultValue, string expected, Func<string, bool> isValid)
    {
        Key = key;
        DefaultValue = defaultValue;
        Expected = expected;
        IsValid = isValid;
    }

    public string Key { get; }
    public string DefaultValue { get; }

    /// <summary>What a valid value looks like, for the CDK001 message.</summary>
    public string Expected { get; }

    public Func<string, bool> IsValid { get; }
}

internal enum KeyConvention
{
    Consistent,
    Lower,
    Upper,
    Camel,
    Pascal,
    Snake,
}

/// <summary>
/// Every option, read per syntax tree. Keys are <c>cdk_analyzers.*</c> (shared) or <c>CDKnnn.*</c> (one rule).
/// An unknown value falls back to the default; <see cref="InvalidOptionAnalyzer"/> says so (CDK001).
/// </summary>
internal static class CdkOptions
{
    public static readonly OptionDefinition AllowedAccountIds = new(
        "cdk_analyzers.allowed_account_ids", "", "a comma-separated list of 12-digit account ids",
        value => SplitList(value).All(IsAccountId));

    public static readonly OptionDefinition KeyConventionOption = new(
        "CDK401.convention", "consistent", "one of consistent, lower, upper, camel, pascal, snake",
        value => TryParseConvention(value, out _));

    public static readonly OptionDefinition ExtraPlaceholderPatterns = new(
        "CDK204.extra_patterns", "", "a comma-separated list of .NET regular expressions",
        value => SplitList(value).All(IsValidPattern));

    public static readonly OptionDefinition AllowedServices = new(
        "CDK501.allowed_services", "", "a comma-separated list of service keys from the closed-services list",
        value => SplitList(value).All(key => ClosedServices.All.Any(s => s.Key == key)));

    public static readonly OptionDefinition ConcurrencyBudget = new(
        "CDK103.budget", "0", "a whole number of concurrent executions, 0 or more",
        value => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _));

    /// <summary>The day CDK108 judges runtimes on: the build property <c>CdkAnalyzersAsOfDate</c> the package's targets pass (default: the build's UTC date).</summary>
    public static readonly OptionDefinition AsOfDate = new(
        "build_property.CdkAnalyzersAsOfDate", "", "a date written yyyy-MM-dd",
        value => value.Length == 0 || LambdaRuntimes.ParseDate(value) is not null);

    public static readonly ImmutableArray<OptionDefinition> All =
        ImmutableArray.Create(AllowedAccountIds, KeyConventionOption, ExtraPlaceholderPatterns, AllowedServices, ConcurrencyBudget, AsOfDate);

    /// <summary>
    /// Whether a rule that is off by default is turned on for the tree: by <c>.editorconfig</c>, a global config (a
    /// preset) or the project's warning options. Bulk settings (<c>dotnet_analyzer_diagnostic.*</c>) never turn on a
    /// rule that is off by default. The driver pays for every diagnostic reported, even one it then filters out.
    /// </summary>
    public static bool IsTurnedOn(Compilation compilation, DiagnosticDescriptor descriptor, SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
    {
        if (descriptor.IsEnabledByDefault)
            return true;
        var options = compilation.Options;
        if (options.SyntaxTreeOptionsProvider is { } provider
            && (provider.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var severity) || provider.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out severity)))
        {
            return severity != ReportDiagnostic.Suppress;
        }
        return options.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var specific) && specific != ReportDiagnostic.Suppress;
    }

    /// <summary>The text of the AdditionalFile the package's build passes under <paramref name="fileName"/> (any folder); null without one.</summary>
    public static Microsoft.CodeAnalysis.Text.SourceText? AdditionalFileText(AnalyzerOptions options, string fileName, System.Threading.CancellationToken cancellationToken)
        => options.AdditionalFiles.FirstOrDefault(f => string.Equals(System.IO.Path.GetFileName(f.Path), fileName, StringComparison.OrdinalIgnoreCase))
            ?.GetText(cancellationToken);

    /// <summary>The analysis date for a tree; the runtime table's own date when the build passes none.</summary>
    public static DateTime GetAsOfDate(AnalyzerOptions options, SyntaxTree tree)
        => LambdaRuntimes.ParseDate(TryGetValid(options, tree, AsOfDate)) ?? LambdaRuntimes.TakenOn;

    public static double GetConcurrencyBudget(AnalyzerOptions options, SyntaxTree tree)
        => TryGetValid(options, tree, ConcurrencyBudget) is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>The raw <c>CDK204.extra_patterns</c> value when valid, else empty.</summary>
    public static string GetExtraPlaceholderPatterns(AnalyzerOptions options, SyntaxTree tree)
        => TryGetValid(options, tree, ExtraPlaceholderPatterns) ?? "";

    public static ImmutableArray<System.Text.RegularExpressions.Regex> ParsePatterns(string value)
        => SplitList(value).Select(CreatePattern).ToImmutableArray();

    public static ImmutableHashSet<string> GetAllowedServices(AnalyzerOptions options, SyntaxTree tree)
        => TryGetValid(options, tree, AllowedServices) is { } value
            ? SplitList(value).ToImmutableHashSet(StringComparer.Ordinal)
            : ImmutableHashSet<string>.Empty;

    private static System.Text.RegularExpressions.Regex CreatePattern(string pattern)
        => new(pattern,
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant,
            TimeSpan.FromMilliseconds(100));

    private static bool IsValidPattern(string pattern)
    {
        try
        {
            CreatePattern(pattern);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static ImmutableHashSet<string> GetAllowedAccountIds(AnalyzerOptions options, SyntaxTree tree)
        => TryGetValid(options, tree, AllowedAccountIds) is { } value
            ? SplitList(value).ToImmutableHashSet(StringComparer.Ordinal)
            : ImmutableHashSet<string>.Empty;

    public static KeyConvention GetKeyConvention(AnalyzerOptions options, SyntaxTree tree)
        => TryGetValid(options, tree, KeyConventionOption) is { } value && TryParseConvention(value, out var convention)
            ? convention
            : KeyConvention.Consistent;

    /// <summary>The raw value of an option for a tree, or null when it is not set.</summary>
    public static string? GetRaw(AnalyzerOptions options, SyntaxTree tree, OptionDefinition option)
        => options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(option.Key, out var value) ? value.Trim() : null;

    private static string? TryGetValid(AnalyzerOptions options, SyntaxTree tree, OptionDefinition option)
        => GetRaw(options, tree, option) is { } value && option.IsValid(value) ? value : null;

    private static bool TryParseConvention(string value, out KeyConvention convention)
        => Enum.TryParse(value, ignoreCase: true, out convention) && Enum.IsDefined(typeof(KeyConvention), convention)
            && !int.TryParse(value, out _);

    private static string[] SplitList(string value)
        => value.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();

    public static bool IsAccountId(string value) => value.Length == 12 && value.All(c => c is >= '0' and <= '9');
}
