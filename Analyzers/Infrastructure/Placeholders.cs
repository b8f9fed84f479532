using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>
/// Values that cannot deploy: placeholder account ids (CDK202) and placeholder text (CDK204). Shared so that
/// one literal gets one diagnostic: a placeholder is reported once and its literal gets no CDK201/CDK203 on top.
/// </summary>
internal static class Placeholders
{
    /// <summary>Documentation and sample ids that no real account has.</summary>
    private static readonly ImmutableHashSet<string> PlaceholderIds = ImmutableHashSet.Create(
        "123456789012", "012345678901", "111122223333", "444455556666", "777788889999");

    /// <summary>Twelve digits that stand alone: not part of a longer number.</summary>
    public static readonly Regex TwelveDigits = new(@"(?<![0-9])[0-9]{12}(?![0-9])", RegexOptions.CultureInvariant);

    /// <summary>
    /// The default CDK204 patterns, matched case-insensitively anywhere in a piece of text. Words match as
    /// words: <c>TODO</c> and <c>todo: fill in</c> are placeholders, <c>todo-api-table</c> and <c>TodoItems</c> names.
    /// </summary>
    public static readonly ImmutableArray<Regex> DefaultPatterns = new[]
    {
        @"/example$",                   // arn:…:connection/example
        @"(?<=^|[/:])example-",         // example-bucket, arn:…:table/example-orders
        // <account-id>, <your bucket>, <ACCOUNT_ID>, <accountId>; not markup such as <h1> or <div>
        @"<(?-i:[A-Za-z][A-Za-z0-9]*(?:[-_ .][A-Za-z0-9]+)+|[A-Z][A-Z0-9_]+|[a-z]+[A-Z][A-Za-z0-9]*)>",
        @"(?-i:\bTODO\b)|^\s*todo\s*:",
        @"\bREPLACE[_-]?ME\b",
        @"\bCHANGE[_-]?ME\b",
        @"(?<![a-z0-9])your-(?=[a-z0-9])", // your-bucket-name
        @"x{4,}",                       // xxxx
        @"^(myorg|my-org)$",            // a source's owner
    }.Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)).ToImmutableArray();

    /// <summary>
    /// A source repository that names a placeholder: <c>Repo = "myapp"</c>, or an owner/repo pair with a placeholder
    /// owner or repository (<c>CodePipelineSource.GitHub("myorg/orders", …)</c>). Only where a repository is given:
    /// <c>MyApp</c> as an application's or a stack's name, or <c>lambda/my-app</c> as a path, deploys.
    /// </summary>
    public static bool IsPlaceholderRepository(string? givenAs, string text)
        => givenAs is not null
            && (givenAs.Equals("Repo", System.StringComparison.OrdinalIgnoreCase) || givenAs.Equals("repoString", System.StringComparison.OrdinalIgnoreCase))
            && PlaceholderRepository.IsMatch(text);

    /// <summary>
    /// An address at example.com, .org or .net where an e-mail address is given (<c>new EmailSubscription(…)</c>, a
    /// subscription's <c>Endpoint</c>, a budget subscriber's <c>Address</c>, a sender's <c>FromEmail</c>): nobody
    /// receives it. As a tag, an output or a description it is text, and deploys. Returns the matched part, or null.
    /// </summary>
    public static string? PlaceholderEmail(string? givenAs, string text)
        => IsGivenAsEmail(givenAs) && ExampleAddress.Match(text) is { Success: true } match ? match.Value : null;

    /// <summary>
    /// The name an e-mail address is given under (<c>emailAddress</c>, a subscription's <c>Endpoint</c>, a
    /// subscriber's <c>Address</c>): an example address there reaches nobody, an empty one is refused at deploy.
    /// </summary>
    public static bool IsGivenAsEmail(string? givenAs)
        => givenAs is not null
            && (givenAs.IndexOf("email", System.StringComparison.OrdinalIgnoreCase) >= 0 || givenAs is "Endpoint" or "endpoint" or "Address" or "address");

    /// <summary>
    /// A domain under example.com, .org or .net where a domain is given (a hosted zone lookup's or a certificate's
    /// <c>DomainName</c>, <c>SubjectAlternativeNames</c>): the lookup finds no zone, the certificate is never validated.
    /// A zone created with that name (<c>ZoneName</c>) deploys. Returns the matched part, or null.
    /// </summary>
    public static string? PlaceholderDomain(string? givenAs, string text)
        => givenAs is not null
            && (givenAs.IndexOf("domain", System.StringComparison.OrdinalIgnoreCase) >= 0 || givenAs.Equals("SubjectAlternativeNames", System.StringComparison.OrdinalIgnoreCase))
            && ExampleDomain.Match(text) is { Success: true } match
                ? match.Value.TrimStart('.')
                : null;

    private static readonly Regex ExampleDomain = new(@"(^|\.)example\.(com|org|net)\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex ExampleAddress = new(@"@example\.(com|org|net)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex PlaceholderRepository = new(
        @"^((myorg|my-org)/[^/\s]+|[^/\s]+/(myapp|my-app)|myapp|my-app)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Words at least one default pattern needs; text with none of them cannot match a default pattern.</summary>
    private static readonly string[] DefaultPatternWords = { "example", "<", "todo", "replace", "change", "your-", "xxxx", "my" };

    /// <summary>Cheap test before the regular expressions: could the text match a default pattern at all?</summary>
    public static bool MayMatchDefaults(string text)
    {
        // Asked of most literals of an app: a loop, not a query with a closure per call.
        foreach (var word in DefaultPatternWords)
        {
            if (text.IndexOf(word, System.StringComparison.OrdinalIgnoreCase) >= 0)
                return true;
        }
        return false;
    }

    /// <summary>Cheap test before the regular expression: does the text hold twelve digits at all?</summary>
    public static bool MayHoldAccountId(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9' && ++digits >= 12)
                return true;
        }
        return false;
    }

    public static bool IsPlaceholderAccount(string id) => PlaceholderIds.Contains(id) || id.All(c => c == id[0]);

    /// <summary>
    /// Where the value's placeholders are written (<see cref="WrittenIn"/>): placeholder text (CDK204) or a placeholder
    /// account (CDK202). What is written there is replaced whole, so nothing else is reported in it; the value's pieces
    /// written elsewhere stay as they are. Null when there are none, as for most values.
    /// </summary>
    public static HashSet<SyntaxNode>? WrittenWithPlaceholder(StringValue value, SinkValue sink, PlaceholderPatterns patterns, AnalyzerOptions options, CdkTypes cdk, System.Threading.CancellationToken cancellationToken)
    {
        var literals = AccountIds.WrittenWithPlaceholder(value, sink, cdk, cancellationToken);
        foreach (var (part, _) in value.TextParts)
        {
            if (part.Syntax.SyntaxTree is { } tree && FindPlaceholderText(part.Text!, patterns.For(options, tree)) is not null)
                (literals ??= new HashSet<SyntaxNode>()).Add(WrittenIn(part.Syntax));
        }
        return literals;
    }

    /// <summary>
    /// The expression a piece of text is written in, as a whole: pieces written together (one interpolated ARN, one
    /// <c>string.Join</c> of literals) are replaced together; a const or a config's property declared elsewhere is not.
    /// </summary>
    public static SyntaxNode WrittenIn(SyntaxNode piece)
    {
        var written = piece;
        for (var node = piece.Parent; node is not null and not (StatementSyntax or MemberDeclarationSyntax or VariableDeclaratorSyntax or AnonymousFunctionExpressionSyntax); node = node.Parent)
        {
            if (node is ExpressionSyntax)
                written = node;
        }
        return written;
    }

    /// <summary>The first CDK204 pattern the text matches, or null.</summary>
    public static Match? FindPlaceholderText(string text, ImmutableArray<Regex> patterns)
    {
        // With only the default patterns, most text (construct ids, names) is ruled out without a regex.
        if (patterns.Length == DefaultPatterns.Length && !MayMatchDefaults(text))
            return null;
        foreach (var pattern in patterns)
        {
            try
            {
                var match = pattern.Match(text);
                // <p>…</p> is markup, whatever its tags look like.
                if (match.Success && !(match.Value.StartsWith("<") && (text.Contains("</") || text.Contains("/>"))))
                    return match;
            }
            catch (RegexMatchTimeoutException)
            {
                // A user pattern that backtracks without end matches nothing rather than stalling the build.
            }
        }
        return null;
    }
}

/// <summary>
/// The CDK204 patterns for a syntax tree: the defaults plus <c>CDK204.extra_patterns</c>, each distinct option
/// value compiled once per compilation.
/// </summary>
internal sealed class PlaceholderPatterns
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableArray<Regex>> _byOption = new();

    public ImmutableArray<Regex> For(Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions options, Microsoft.CodeAnalysis.SyntaxTree tree)
    {
        var extra = CdkOptions.GetExtraPlaceholderPatterns(options, tree);
        return extra.Length == 0
            ? Placeholders.DefaultPatterns
            : _byOption.GetOrAdd(extra, value => Placeholders.DefaultPatterns.AddRange(CdkOptions.ParsePatterns(value)));
    }
}
