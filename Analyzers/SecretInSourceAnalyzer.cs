using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK601: secrets in the source, reported at the literal (a const at its declaration), one diagnostic a value:
/// AWS access key ids anywhere (error); <c>SecretValue.UnsafePlainText("…")</c> with a known value, known values of
/// password-like properties, and known values of environment variables whose name ends in a secret word (warnings).
/// Placeholders (CDK204's list), empty strings, references (ARNs, URLs, dynamic references) and AWS's documentation
/// key are not secrets; a key that merely mentions a secret word counts only with a value that looks like one.
/// </summary>
public sealed class SecretInSourceAnalyzer : CdkAnalyzer
{
    private static readonly Regex AccessKeyId = new(@"(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])", RegexOptions.CultureInvariant);
    private const string DocumentationKeyId = "AKIAIOSFODNN7EXAMPLE";

    // SecretString: a CfnSecret's whole value, written in the template as it is.
    private static readonly ImmutableHashSet<string> PasswordProperties = ImmutableHashSet.Create("MasterUserPassword", "Password", "AuthToken", "OauthToken", "SecretString");
    private static readonly ImmutableHashSet<string> SecretWords = ImmutableHashSet.Create("PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "TOKEN", "APIKEY");
    private static readonly ImmutableHashSet<string> KeyQualifiers = ImmutableHashSet.Create("SECRET", "PRIVATE", "API", "SIGNING", "ENCRYPTION", "MASTER");
    private static readonly ImmutableHashSet<string> EnvironmentProperties = ImmutableHashSet.Create("Environment", "Variables", "EnvironmentVariables");
    private static readonly Regex Words = new("[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+", RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SecretInSource);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var once = new ReportOnce();
        var patterns = cdk.PlaceholderPatterns;
        var secretValue = cdk.Type("Amazon.CDK.SecretValue");
        // Environment variable names repeat across an app's functions: each is split into words once.
        var classified = new System.Collections.Concurrent.ConcurrentDictionary<string, (bool NamesSecret, bool MentionsSecret)>();

        // Access key ids, in any string of the app: at the literal, or at the key inside an interpolated string's text
        // (whose text is a literal operation too).
        context.RegisterOperationAction(ctx =>
        {
            // Every literal of the app comes here: its token's text first, a cheap test, before its constant value (whose
            // reading allocated a weak reference per literal in an allocation trace) and the file's options.
            if (!MayHoldAccessKeyId(WrittenText(ctx.Operation.Syntax))
                || ctx.Operation is not ILiteralOperation { ConstantValue.Value: string text, Syntax: var syntax }
                || AccessKeyIdIn(text, patterns.For(ctx.Options, syntax.SyntaxTree)) is not { } key)
            {
                return;
            }
            var at = syntax.GetLocation();
            if (syntax is InterpolatedStringTextSyntax && syntax.ToString().IndexOf(key, System.StringComparison.Ordinal) is var offset and >= 0)
                at = Location.Create(syntax.SyntaxTree, new Microsoft.CodeAnalysis.Text.TextSpan(syntax.SpanStart + offset, key.Length));
            Report(ctx, at, DiagnosticSeverity.Error, "An AWS access key id is written here");
        }, OperationKind.Literal);

        context.RegisterInBlocks(ctx =>
        {
            switch (ctx.Operation)
            {
                case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "UnsafePlainText" or "PlainText" } method } call
                    when SymbolEqualityComparer.Default.Equals(method.ContainingType, secretValue) && call.Arguments.Length > 0
                        && !HoldsAName(call, call.Arguments[0].Value, cdk.Values, ctx.CancellationToken):
                    CheckValue(ctx, new Origin(call.Arguments[0].Value), "A secret value is written in plain text", looksOnly: false);
                    break;

                // new SecretValue("…"): the constructor takes the value as it is, like UnsafePlainText.
                case IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, secretValue) && creation.Arguments.Length > 0
                    && !HoldsAName(creation, creation.Arguments[0].Value, cdk.Values, ctx.CancellationToken):
                    CheckValue(ctx, new Origin(creation.Arguments[0].Value), "A secret value is written in plain text", looksOnly: false);
                    break;

                case IInvocationOperation { TargetMethod.Name: "AddEnvironment" } call when cdk.IsCdkApi(call.TargetMethod.ContainingType) && call.Arguments.Length >= 2:
                    foreach (var entry in cdk.Values.EntriesAdded(call.Arguments[0].Value, call.Arguments[1].Value, ctx.CancellationToken))
                        CheckEntry(ctx, entry.Key, entry.Value);
                    break;

                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment when cdk.IsCdkApi(property.ContainingType):
                    if (PasswordProperties.Contains(property.Name) && property.Type.SpecialType == SpecialType.System_String)
                    {
                        CheckValue(ctx, new Origin(assignment.Value), $"A {(property.Name == "SecretString" ? "secret value" : "password")} is written into {property.Name}", looksOnly: false);
                    }
                    else if (EnvironmentProperties.Contains(property.Name) && cdk.Values.IsDictionary(ValueModel.Unwrap(assignment.Value).Type))
                    {
                        foreach (var entry in cdk.Values.Entries(new Origin(assignment.Value), ctx.CancellationToken).Items)
                            CheckEntry(ctx, entry.Key, entry.Value);
                    }
                    else if (property.Name is "StringValue" or "Value" && property.Type.SpecialType == SpecialType.System_String)
                    {
                        // A plain SSM parameter or an output: in the template as written.
                        CheckConnectionString(ctx, new Origin(assignment.Value));
                    }
                    break;
            }
        }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);

        void CheckEntry(OperationAnalysisContext ctx, Origin key, Origin value)
        {
            foreach (var name in cdk.Values.KnownTexts(key, ctx.CancellationToken))
            {
                var (namesSecret, mentionsSecret) = classified.TryGetValue(name, out var known) ? known : classified.GetOrAdd(name, Classify(name));
                if ((namesSecret || mentionsSecret) && !NamesASecretOrParameter(value.Operation, cdk.Values))
                    CheckValue(ctx, value, $"The environment variable {name} holds a secret", looksOnly: !namesSecret);
            }
            // Whatever its name (DB_CONNECTION, DATABASE_URL): a connection string that carries its password.
            CheckConnectionString(ctx, value);
        }

        void CheckConnectionString(OperationAnalysisContext ctx, Origin value)
        {
            foreach (var text in cdk.Values.Strings(value, ctx.CancellationToken))
            {
                if (PasswordIn(text.Shape) is not { } password)
                    continue;
                // At the piece of text that writes the password.
                var (part, _) = text.TextParts.LastOrDefault(p => p.Offset <= password.Index);
                if (part.Syntax?.SyntaxTree is { } tree && IsSecretLike(password.Value, patterns.For(ctx.Options, tree), looksOnly: false))
                    Report(ctx, part.Location, DiagnosticSeverity.Warning, "A password is written into a connection string");
            }
        }

        // A known value that is a secret: reported once, at its literal.
        void CheckValue(OperationAnalysisContext ctx, Origin value, string what, bool looksOnly)
        {
            foreach (var text in cdk.Values.Strings(value, ctx.CancellationToken))
            {
                if (text.KnownText is not { } known || text.FirstTextSyntax is not { } first)
                    continue;
                var placeholders = patterns.For(ctx.Options, first.SyntaxTree);
                if (HoldsAccessKeyId(known, placeholders) || !IsSecretLike(known, placeholders, looksOnly))
                    continue;
                Report(ctx, first.GetLocation(), DiagnosticSeverity.Warning, what);
            }
        }

        void Report(OperationAnalysisContext ctx, Location at, DiagnosticSeverity severity, string what)
        {
            if (once.TryClaim(RuleIds.SecretInSource, at))
                ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretInSource, at, severity, null, null, what));
        }
    }

    private static bool HoldsAccessKeyId(string text, ImmutableArray<Regex> placeholders) => AccessKeyIdIn(text, placeholders) is not null;

    private static readonly Regex ConnectionStringPassword = new(
        @"(?:^|;)\s*(?:password|pwd)\s*=\s*(?<password>[^;]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex UrlPassword = new(
        @"^[a-z][a-z0-9+.-]*://[^:/@\s]+:(?<password>[^@/\s]+)@", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The password a connection string writes in full (<c>Server=db;Password=…;</c>, <c>postgres://app:…@db/orders</c>);
    /// null when there is none, or when part of it is a token or unknown (a secret's value interpolated in).
    /// </summary>
    private static Group? PasswordIn(string shape)
    {
        if (shape.IndexOf('=') < 0 && shape.IndexOf('@') < 0)
            return null;
        var match = ConnectionStringPassword.Match(shape);
        if (!match.Success)
            match = UrlPassword.Match(shape);
        return match.Success && match.Groups["password"] is var password && password.Value.IndexOf('\0') < 0 ? password : null;
    }

    private static bool MayHoldAccessKeyId(string? text)
        => text is not null && (text.IndexOf("AKIA", System.StringComparison.Ordinal) >= 0 || text.IndexOf("ASIA", System.StringComparison.Ordinal) >= 0);

    /// <summary>The value a string literal or an interpolated string's text writes; null for other syntax.</summary>
    private static string? WrittenText(SyntaxNode syntax)
        => syntax switch
        {
            LiteralExpressionSyntax literal => literal.Token.ValueText,
            InterpolatedStringTextSyntax text => text.TextToken.ValueText,
            _ => null,
        };

    private static string? AccessKeyIdIn(string text, ImmutableArray<Regex> placeholders)
        => !MayHoldAccessKeyId(text) ? null
            : AccessKeyId.Matches(text).Cast<Match>().Select(m => m.Value)
                .FirstOrDefault(key => key != DocumentationKeyId && Placeholders.FindPlaceholderText(key, placeholders) is null);

    /// <summary>
    /// A plain-text secret value that its own names call a user name, host or port: the value read from
    /// <c>adInfo.AdminUsername</c>, or the entry <c>{ "username", SecretValue.UnsafePlainText(…) }</c> of a secret's
    /// object value. It sits in the secret beside the password; it is not the password.
    /// </summary>
    private static bool HoldsAName(IOperation call, IOperation value, ValueModel values, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        if (ValueModel.Unwrap(value) is var argument && ReferencedName(argument) is { } name)
            names.Add(name);
        var key = call.Parent switch
        {
            IArgumentOperation { Parent: IInvocationOperation { Arguments.Length: 2 } add } when add.Arguments[1].Value == call || ValueModel.Unwrap(add.Arguments[1].Value) == call
                => add.Arguments[0].Value,
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } => indexer.Arguments[0].Value,
            _ => null,
        };
        if (key is not null)
            names.AddRange(values.KnownTexts(new Origin(key), cancellationToken));
        return names.Any(n => LastWord(n) is { } last && NameWords.Contains(last) && !Classify(n).NamesSecret);
    }

    private static readonly string[] NamingProperties = { "SecretName", "ParameterName" };
    private static readonly string[] NameLookups = { "FromSecretNameV2", "FromSecretName", "ValueForStringParameter", "ValueForSecureStringParameter", "FromStringParameterName" };

    /// <summary>
    /// The value is a variable that also names a secret or a parameter (<c>SecretName = secretKey</c>,
    /// <c>Secret.FromSecretNameV2(this, "Db", secretKey)</c>, <c>ParameterName = name</c>): the function gets the name
    /// to look the secret up with, not the secret (<c>{ "SECRET_KEY", secretKey }</c>).
    /// </summary>
    private static bool NamesASecretOrParameter(IOperation value, ValueModel values)
    {
        var symbol = ValueModel.Unwrap(value) switch
        {
            ILocalReferenceOperation local => (ISymbol)local.Local,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        if (symbol?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not { } declared
            || (declared.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() ?? (SyntaxNode?)declared.FirstAncestorOrSelf<TypeDeclarationSyntax>()) is not { } scope)
        {
            return false;
        }
        bool IsTheVariable(ExpressionSyntax expression) => expression is IdentifierNameSyntax name && name.Identifier.ValueText == symbol.Name;
        return NamingProperties.Any(property => values.AssignmentsIn(scope, property).Any(node => node is AssignmentExpressionSyntax assignment && IsTheVariable(assignment.Right)))
            || NameLookups.Any(method => values.CallsIn(scope, method).Any(node => node is InvocationExpressionSyntax call && call.ArgumentList.Arguments.Any(a => IsTheVariable(a.Expression))));
    }

    private static string? ReferencedName(IOperation operation) => operation switch
    {
        IPropertyReferenceOperation property => property.Property.Name,
        IFieldReferenceOperation field => field.Field.Name,
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        _ => null,
    };

    private static readonly ImmutableHashSet<string> NameWords = ImmutableHashSet.Create("USER", "USERNAME", "LOGIN", "NAME", "HOST", "HOSTNAME", "PORT", "ENGINE", "DBNAME");

    private static string? LastWord(string name)
        => Words.Matches(name).Cast<Match>().LastOrDefault()?.Value.ToUpperInvariant();

    /// <summary>
    /// The name ends in a secret word (<c>DB_PASSWORD</c>, <c>GITHUB_TOKEN</c>, <c>STRIPE_API_KEY</c>, <c>SECRET_KEY</c>),
    /// or merely mentions one (<c>PASSWORD_MIN_LENGTH</c>, <c>API_KEY_HEADER</c>).
    /// </summary>
    private static (bool NamesSecret, bool MentionsSecret) Classify(string key)
    {
        var words = new List<string>();
        foreach (Match match in Words.Matches(key))
        {
            var word = match.Value.ToUpperInvariant();
            if (word == "KEY" && words.Count > 0 && words[words.Count - 1] == "API")
                words[words.Count - 1] = "APIKEY";
            else
                words.Add(word);
        }
        if (words.Count == 0)
            return (false, false);
        var last = words[words.Count - 1];
        var namesSecret = SecretWords.Contains(last) || (last == "KEY" && words.Count > 1 && KeyQualifiers.Contains(words[words.Count - 2]));
        return (namesSecret, namesSecret || words.Any(SecretWords.Contains));
    }

    /// <summary>
    /// A value that can be a secret: not empty, not a placeholder, not a number or a boolean, not a reference (an ARN,
    /// a URL, a dynamic reference). With <paramref name="looksOnly"/>, it must also look like one: long, varied, unbroken.
    /// </summary>
    /// <summary>An SSM parameter's name (<c>/app/prod/api-token</c>): where the function reads the secret, not the secret.</summary>
    private static readonly Regex ParameterPath = new(@"^(/[A-Za-z][A-Za-z0-9_.-]*){2,}$", RegexOptions.CultureInvariant);

    private static bool IsSecretLike(string value, ImmutableArray<Regex> placeholders, bool looksOnly)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || Placeholders.FindPlaceholderText(trimmed, placeholders) is not null
            || double.TryParse(trimmed, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            || trimmed.Equals("true", System.StringComparison.OrdinalIgnoreCase) || trimmed.Equals("false", System.StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("arn:", System.StringComparison.Ordinal) || trimmed.Contains("://") || trimmed.StartsWith("{{resolve:", System.StringComparison.Ordinal)
            || ParameterPath.IsMatch(trimmed))
        {
            return false;
        }
        if (!looksOnly)
            return true;
        var classes = new[] { trimmed.Any(char.IsUpper), trimmed.Any(char.IsLower), trimmed.Any(char.IsDigit), trimmed.Any(c => !char.IsLetterOrDigit(c)) }.Count(c => c);
        return trimmed.Length >= 16 && classes >= 3 && !trimmed.Any(char.IsWhiteSpace);
    }
}
