using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace CdkAnalyzers;

/// <summary>
/// Where twelve digits in a value are an account id: the account field of an ARN, an ECR registry host (but AWS's own), the path of
/// an SQS queue URL, or the whole value where it is given as an account. CDK201/CDK202 report them; CDK203 and
/// CDK204 leave what is written with a placeholder account to CDK202 (one diagnostic for it).
/// </summary>
internal static class AccountIds
{
    private const string AmazonAwsHost = ".amazonaws.com/";

    /// <summary>
    /// The accounts of ECR registries AWS publishes its own images from, in every region: Amazon Linux, the Deep
    /// Learning Containers, and EKS's add-ons (the load balancer controller, the CSI drivers). An image from one names
    /// its publisher, not the user's account, and the stack's account would not hold it.
    /// </summary>
    private static readonly ImmutableHashSet<string> AwsImageRegistries = ImmutableHashSet.Create("137112412989", "763104351884", "602401143452");

    /// <summary>Each account id in the value, with the piece of text that holds it.</summary>
    public static IEnumerable<(ValuePart Part, string Id)> In(StringValue value, SinkValue sink, CdkTypes cdk, CancellationToken cancellationToken)
    {
        string? shape = null;
        foreach (var (part, offset) in value.TextParts)
        {
            if (!Placeholders.MayHoldAccountId(part.Text!))
                continue;
            shape ??= value.Shape;
            foreach (Match match in Placeholders.TwelveDigits.Matches(part.Text!))
            {
                if (IsAccountPosition(shape, offset + match.Index, match.Length, () => IsGivenAsAccount(sink, part, cdk, cancellationToken)))
                    yield return (part, match.Value);
            }
        }
    }

    /// <summary>
    /// Where the value names a placeholder account where an account is (<see cref="Placeholders.WrittenIn"/>): CDK202
    /// reports it, and what is written there is replaced whole. Null when there are none, as for most values.
    /// </summary>
    public static HashSet<SyntaxNode>? WrittenWithPlaceholder(StringValue value, SinkValue sink, CdkTypes cdk, CancellationToken cancellationToken)
    {
        // Asked of every value the CDK is given; most hold no run of twelve digits.
        if (!MayHoldAccountId(value))
            return null;
        HashSet<SyntaxNode>? literals = null;
        foreach (var (part, id) in In(value, sink, cdk, cancellationToken))
        {
            if (Placeholders.IsPlaceholderAccount(id))
                (literals ??= new HashSet<SyntaxNode>()).Add(Placeholders.WrittenIn(part.Syntax));
        }
        return literals;
    }

    private static bool MayHoldAccountId(StringValue value)
    {
        foreach (var part in value.Parts)
        {
            if (part.Kind == ValueKind.Text && Placeholders.MayHoldAccountId(part.Text!))
                return true;
        }
        return false;
    }

    private static bool IsAccountPosition(string shape, int index, int length, System.Func<bool> isGivenAsAccount)
    {
        var before = index > 0 ? shape[index - 1] : '\0';
        var after = index + length < shape.Length ? shape.Substring(index + length) : "";
        if (before == ':' && (after.Length == 0 || after[0] is ':' or '/') && Arns.FieldAt(shape, index, out _) == Arns.AccountField)
            return true;
        if ((index == 0 || before is '/' or '@') && after.StartsWith(".dkr.ecr.", System.StringComparison.Ordinal))
            return !AwsImageRegistries.Contains(shape.Substring(index, length));
        // An SQS queue URL: https://sqs.eu-west-1.amazonaws.com/111111111111/jobs
        if (before == '/' && after.StartsWith("/", System.StringComparison.Ordinal) && index >= AmazonAwsHost.Length
            && string.CompareOrdinal(shape, index - AmazonAwsHost.Length, AmazonAwsHost, 0, AmazonAwsHost.Length) == 0)
        {
            return true;
        }
        return index == 0 && length == shape.Length && isGivenAsAccount();
    }

    /// <summary>The value reaches a parameter, property or key named like an account, or its literal is declared under such a name.</summary>
    private static bool IsGivenAsAccount(SinkValue sink, ValuePart part, CdkTypes cdk, CancellationToken cancellationToken)
        => NamesAnAccount(sink.Name) || NamesAnAccount(cdk.Values.NameGivenAt(part.Location, cancellationToken));

    private static bool NamesAnAccount(string? name)
        => name is not null && name.IndexOf("account", System.StringComparison.OrdinalIgnoreCase) >= 0;
}
