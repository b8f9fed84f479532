using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK105: a LogGroup (EncryptionKey) or CfnLogGroup (KmsKeyId) encrypted with a Key created in this app that is
/// never granted to the CloudWatch Logs service principal. Reported at the log group's <c>new</c>; the key's
/// creation is the additional location, after which the fix inserts the grant.
/// </summary>
public sealed class LogGroupKeyAnalyzer : CdkAnalyzer
{
    /// <summary>The name of the local, field or property that holds the key.</summary>
    public const string KeyProperty = "Key";

    /// <summary>logs.amazonaws.com or logs.&lt;region&gt;.amazonaws.com, the region possibly a token (NUL in a value's shape).</summary>
    private static readonly Regex LogsPrincipal = new(@"^logs\.([^.]+\.)?amazonaws\.com(\.cn)?$", RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LogGroupKeyWithoutGrant);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var logGroup = cdk.Type("Amazon.CDK.AWS.Logs.LogGroup");
        var cfnLogGroup = cdk.Type("Amazon.CDK.AWS.Logs.CfnLogGroup");
        if (cdk.KmsKey is null || (logGroup is null && cfnLogGroup is null))
            return;

        var once = new ReportOnce();
        context.RegisterOperationAction(ctx =>
        {
            var creation = (IObjectCreationOperation)ctx.Operation;
            var isL2 = CdkTypes.Inherits(creation.Type, logGroup);
            if (!isL2 && !SymbolEqualityComparer.Default.Equals(creation.Type, cfnLogGroup))
                return;
            // The props, also those the app's own subclass (class AuditLogs : LogGroup) hands the library's constructor.
            var ct = ctx.CancellationToken;
            if (cdk.Values.PropsOf(creation, null, ct) is not { } props)
                return;
            // A helper or app construct that encrypts its log group with the key its caller gives makes one per call:
            // each call is checked with its own key, and a wrong one is reported at the call (at the element, for a call
            // made on each pass of a loop over a known list).
            if (props.Frame is null && Loops.HelperCalledPerUse(ctx.Operation, ctx.ContainingSymbol, cdk) is { } helper && KeyGivenByCall(props.Operation, isL2, cdk, ct))
            {
                var calls = cdk.Values.CallFramesPerElementOf(helper, ct).ToList();
                foreach (var (frame, site) in calls)
                    Check(ctx, new Origin(props.Operation, frame), isL2, site.GetLocation());
                if (calls.Count > 0)
                    return;
            }
            Check(ctx, props, isL2, creation.Syntax.GetLocation());
        }, OperationKind.ObjectCreation);

        void Check(OperationAnalysisContext ctx, Origin props, bool isL2, Location at)
        {
            foreach (var (key, keyFrame) in KeysOf(props, isL2, cdk, ctx.CancellationToken, out var readAs))
            {
                if (IsGrantedToLogs(key, keyFrame, cdk, ctx.CancellationToken))
                    continue;
                if (!once.TryClaim(RuleIds.LogGroupKeyWithoutGrant, at))
                    return;
                // The fix needs the variable holding the key and the statement that creates it.
                var holder = Holders.Of(key);
                var statement = holder is null ? null : Holders.StatementOf(key);
                var extra = statement is null ? System.Array.Empty<Location>() : new[] { statement };
                var properties = holder is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(KeyProperty, holder.Name);
                // A key made by a helper has no variable of its own: the one the log group reads it from names it, else its id.
                var name = holder?.Name ?? readAs?.Name ?? cdk.Values.ConstructIdOf(key, keyFrame, ctx.CancellationToken) ?? "a key created inline";
                ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.LogGroupKeyWithoutGrant, at, extra, properties, name));
                return;
            }
        }
    }

    /// <summary>The log group's key is read from a parameter of the method or constructor that creates it.</summary>
    private static bool KeyGivenByCall(IOperation props, bool isL2, CdkTypes cdk, CancellationToken cancellationToken)
    {
        var setting = cdk.Values.SettingsNamed(new Origin(props), isL2 ? "EncryptionKey" : "KmsKeyId", cancellationToken).LastOrDefault();
        return setting.Syntax is not null && cdk.Values.IsGivenByCall(setting.Value.Operation, cancellationToken);
    }

    /// <summary>
    /// The keys of this app a log group is encrypted with: <c>EncryptionKey = key</c> or <c>KmsKeyId = key.KeyArn</c>;
    /// <paramref name="readAs"/> is the variable the log group reads the key from (<c>key</c>), if any.
    /// </summary>
    private static ImmutableArray<(IObjectCreationOperation Key, Frame? Frame)> KeysOf(Origin props, bool isL2, CdkTypes cdk, CancellationToken cancellationToken, out ISymbol? readAs)
    {
        readAs = null;
        var setting = cdk.Values.SettingsNamed(props, isL2 ? "EncryptionKey" : "KmsKeyId", cancellationToken).LastOrDefault();
        if (setting.Syntax is null)
            return ImmutableArray<(IObjectCreationOperation, Frame?)>.Empty;
        var value = setting.Value;
        if (!isL2)
        {
            var reference = cdk.Values.Sources(value, cancellationToken)
                .Select(s => (Operation: ValueModel.Unwrap(s.Operation) as IPropertyReferenceOperation, s.Frame))
                .FirstOrDefault(s => s.Operation is { Property.Name: "KeyArn" or "KeyId", Instance: not null });
            if (reference.Operation is null)
                return ImmutableArray<(IObjectCreationOperation, Frame?)>.Empty;
            value = new Origin(reference.Operation.Instance!, reference.Frame);
        }
        readAs = Holders.Referenced(value.Operation);
        return cdk.Values.Creations(value, cancellationToken).Where(c => CdkTypes.Inherits(c.Creation.Type, cdk.KmsKey)).ToImmutableArray();
    }

    /// <summary>The calls on a key that can give the logs service its use.</summary>
    private static readonly ImmutableArray<string> GrantMethods = ImmutableArray.Create(
        "GrantEncryptDecrypt", "GrantEncrypt", "GrantDecrypt", "Grant", "GrantAdmin", "AddToResourcePolicy");

    /// <summary>
    /// A logs service principal appears anywhere the key's definition reaches: its own props (its policy), or a
    /// Grant*/AddToResourcePolicy call on the variable holding it — or, when the key is handed to this app's
    /// constructs, helpers or records, on what holds it there. Also true when the grant cannot be seen: a policy the
    /// model cannot read (<c>PolicyDocument.FromJson(…)</c>), a grant on a parameter the model cannot follow.
    /// </summary>
    private static bool IsGrantedToLogs(IObjectCreationOperation key, Frame? frame, CdkTypes cdk, CancellationToken cancellationToken)
    {
        // The grant call first: it is how most apps grant, and it reaches far less than the key's whole definition.
        if (cdk.Values.CallsOn(key, cancellationToken, frame).Any(call => IsLogsGrant(call, cdk, cancellationToken)))
            return true;
        var definition = cdk.Values.Reach(new Origin(key, frame), call => call.TargetMethod.Name is "AddStatements" or "AddPrincipals" or "AddServicePrincipal", cancellationToken);
        if (NamesLogsPrincipal(definition, cdk, cancellationToken)
            || definition.Settings.Any(s => s.Member.Name == "Policy"
                && cdk.Values.Sources(s.Value, cancellationToken).Any(source => ValueModel.Unwrap(source.Operation) is not IObjectCreationOperation)))
        {
            return true;
        }
        if (!Holders.IsHandedToThisApp(key, cancellationToken))
            return false;
        var elsewhere = cdk.Values.CallsOnWherever(key, GrantMethods, cancellationToken);
        return !elsewhere.IsComplete || elsewhere.Items.Any(call => IsLogsGrant(call, cdk, cancellationToken));
    }

    private static bool IsLogsGrant(IInvocationOperation call, CdkTypes cdk, CancellationToken cancellationToken)
        => (call.TargetMethod.Name.StartsWith("Grant", System.StringComparison.Ordinal) || call.TargetMethod.Name == "AddToResourcePolicy")
            && NamesLogsPrincipal(cdk.Values.Reach(new Origin(call), null, cancellationToken), cdk, cancellationToken);

    private static bool NamesLogsPrincipal(Reached reached, CdkTypes cdk, CancellationToken cancellationToken)
        => reached.Operations.Any(source =>
            source.Operation.Type?.SpecialType == SpecialType.System_String
            && cdk.Values.Strings(source, cancellationToken).Any(IsLogsPrincipal));

    private static bool IsLogsPrincipal(StringValue value)
    {
        // The text it starts with first: most strings a key's definition reaches are not principals, and the shape is built.
        if (value.Parts.IsEmpty || value.Parts[0].Kind != ValueKind.Text)
            return false;
        var start = value.Parts[0].Text!;
        if (start.Length >= 5 && !start.StartsWith("logs.", System.StringComparison.Ordinal))
            return false;
        return LogsPrincipal.IsMatch(value.Shape);
    }
}
