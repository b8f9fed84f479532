using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK111: a physical name, known in full or in part, that its service rejects — too long, too short, a character
/// outside the service's set, a FIFO queue or L1 topic whose name lacks '.fifo'. Reported at the literal that breaks
/// the rule (a const at its declaration); when only the parts together are too long, at the composed expression.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PhysicalNameAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidPhysicalName);

    /// <summary>What a service accepts as a name (each service's documented rule).</summary>
    private sealed class NameRule
    {
        public NameRule(string service, int min, int max, string allowed, string describeAllowed, (string Type, string Property)[] names,
            bool noHyphenAtEnds = false, string? fifoSetting = null, bool ignoresUppercase = false)
        {
            Service = service;
            Min = min;
            Max = max;
            Allowed = new Regex("^[" + allowed + "]*$", RegexOptions.CultureInvariant);
            DescribeAllowed = describeAllowed;
            Names = names;
            NoHyphenAtEnds = noHyphenAtEnds;
            FifoSetting = fifoSetting;
            IgnoresUppercase = ignoresUppercase;
        }

        public string Service { get; }
        public int Min { get; }
        public int Max { get; }
        public Regex Allowed { get; }
        public string DescribeAllowed { get; }
        public (string Type, string Property)[] Names { get; }
        public bool NoHyphenAtEnds { get; }

        /// <summary>The props setting that makes it FIFO (the name must then end with '.fifo').</summary>
        public string? FifoSetting { get; }

        /// <summary>Uppercase is another rule's business (CDK102 for ECR repositories).</summary>
        public bool IgnoresUppercase { get; }
    }

    private static readonly NameRule[] Rules =
    {
        new("Lambda function", 1, 64, "A-Za-z0-9_-", "letters, digits, '-' and '_'",
            new[] { ("Amazon.CDK.AWS.Lambda.CfnFunctionProps", "FunctionName") }),
        new("IAM role", 1, 64, @"\w+=,.@-", "letters, digits and '+=,.@-_'",
            new[] { ("Amazon.CDK.AWS.IAM.RoleProps", "RoleName"), ("Amazon.CDK.AWS.IAM.CfnRoleProps", "RoleName") }),
        new("IAM policy", 1, 128, @"\w+=,.@-", "letters, digits and '+=,.@-_'",
            new[] { ("Amazon.CDK.AWS.IAM.PolicyProps", "PolicyName"), ("Amazon.CDK.AWS.IAM.CfnPolicyProps", "PolicyName"),
                ("Amazon.CDK.AWS.IAM.ManagedPolicyProps", "ManagedPolicyName"), ("Amazon.CDK.AWS.IAM.CfnManagedPolicyProps", "ManagedPolicyName") }),
        new("SQS queue", 1, 80, "A-Za-z0-9_-", "letters, digits, '-' and '_' (and a '.fifo' suffix for FIFO queues)",
            new[] { ("Amazon.CDK.AWS.SQS.QueueProps", "QueueName") }, fifoSetting: "Fifo"),
        new("SQS queue", 1, 80, "A-Za-z0-9_-", "letters, digits, '-' and '_' (and a '.fifo' suffix for FIFO queues)",
            new[] { ("Amazon.CDK.AWS.SQS.CfnQueueProps", "QueueName") }, fifoSetting: "FifoQueue"),
        new("SNS topic", 1, 256, "A-Za-z0-9_-", "letters, digits, '-' and '_' (and a '.fifo' suffix for FIFO topics)",
            new[] { ("Amazon.CDK.AWS.SNS.TopicProps", "TopicName") }),
        new("SNS topic", 1, 256, "A-Za-z0-9_-", "letters, digits, '-' and '_' (and a '.fifo' suffix for FIFO topics)",
            new[] { ("Amazon.CDK.AWS.SNS.CfnTopicProps", "TopicName") }, fifoSetting: "FifoTopic"),
        new("DynamoDB table", 3, 255, "A-Za-z0-9_.-", "letters, digits, '_', '-' and '.'",
            new[] { ("Amazon.CDK.AWS.DynamoDB.TableProps", "TableName"), ("Amazon.CDK.AWS.DynamoDB.TablePropsV2", "TableName"), ("Amazon.CDK.AWS.DynamoDB.CfnTableProps", "TableName") }),
        new("Load balancer", 1, 32, "A-Za-z0-9-", "letters, digits and '-'",
            new[] { ("Amazon.CDK.AWS.ElasticLoadBalancingV2.ApplicationLoadBalancerProps", "LoadBalancerName"),
                ("Amazon.CDK.AWS.ElasticLoadBalancingV2.NetworkLoadBalancerProps", "LoadBalancerName"), ("Amazon.CDK.AWS.ElasticLoadBalancingV2.CfnLoadBalancerProps", "Name") },
            noHyphenAtEnds: true),
        new("Target group", 1, 32, "A-Za-z0-9-", "letters, digits and '-'",
            new[] { ("Amazon.CDK.AWS.ElasticLoadBalancingV2.ApplicationTargetGroupProps", "TargetGroupName"),
                ("Amazon.CDK.AWS.ElasticLoadBalancingV2.NetworkTargetGroupProps", "TargetGroupName"), ("Amazon.CDK.AWS.ElasticLoadBalancingV2.CfnTargetGroupProps", "Name") },
            noHyphenAtEnds: true),
        new("State machine", 1, 80, @"^\s<>{}\[\]?*""#%\\^|~`$&,;:/", "no whitespace, brackets, wildcards or any of '\"#%\\^|~`$&,;:/'",
            new[] { ("Amazon.CDK.AWS.StepFunctions.StateMachineProps", "StateMachineName"), ("Amazon.CDK.AWS.StepFunctions.CfnStateMachineProps", "StateMachineName") }),
        new("ECR repository", 2, 256, "a-z0-9._/-", "lowercase letters, digits, '.', '_', '-' and '/'",
            new[] { ("Amazon.CDK.AWS.ECR.RepositoryProps", "RepositoryName"), ("Amazon.CDK.AWS.ECR.CfnRepositoryProps", "RepositoryName") }, ignoresUppercase: true),
        new("Log group", 1, 512, @"A-Za-z0-9._/#-", "letters, digits and '._-/#'",
            new[] { ("Amazon.CDK.AWS.Logs.LogGroupProps", "LogGroupName"), ("Amazon.CDK.AWS.Logs.CfnLogGroupProps", "LogGroupName") }),
    };

    private protected override void OnCdkCompilationStart(CompilationStartAnalysisContext context, CdkTypes cdk)
    {
        var rules = Rules.Select(r => (Rule: r, Members: new CdkMembers(cdk, r.Names))).ToImmutableArray();
        var lambdaFunction = Rules[0];
        var once = new ReportOnce();
        RegisterInBlocks(context, ctx =>
        {
            var assignment = (ISimpleAssignmentOperation)ctx.Operation;
            if (assignment.Target is not IPropertyReferenceOperation { Property: var property } target)
                return;
            // Every function props type (FunctionProps, DockerImageFunctionProps, …) names its function through IFunctionOptions.
            var rule = property.Name == "FunctionName" && CdkTypes.Implements(property.ContainingType, cdk.FunctionOptions)
                ? lambdaFunction
                : rules.FirstOrDefault(r => r.Members.Contains(property)).Rule;
            if (rule is null)
                return;
            var isFifo = rule.FifoSetting is { } fifo && IsFifo(target, fifo, cdk, ctx.CancellationToken);
            foreach (var value in cdk.Values.Strings(new Origin(assignment.Value), ctx.CancellationToken))
            {
                if (Broken(rule, value, isFifo) is { } broken && once.TryClaim(RuleIds.InvalidPhysicalName, broken.At ?? assignment.Value.Syntax.GetLocation()))
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidPhysicalName, broken.At ?? assignment.Value.Syntax.GetLocation(), $"{rule.Service} name {broken.Problem}"));
            }
        }, OperationKind.SimpleAssignment);
    }

    /// <summary>The props object's FIFO setting is true (in its initializer, or written before it is used).</summary>
    private static bool IsFifo(IPropertyReferenceOperation target, string setting, CdkTypes cdk, CancellationToken cancellationToken)
    {
        var settings = target.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            ? target.Parent?.Parent?.Parent is IObjectCreationOperation props ? cdk.Values.SettingsOfCreation(props, cancellationToken) : ImmutableArray<Setting>.Empty
            : target.Instance is { } instance ? cdk.Values.Settings(new Origin(instance), cancellationToken) : ImmutableArray<Setting>.Empty;
        return settings.Any(s => s.Member.Name == setting
            && cdk.Values.Sources(s.Value, cancellationToken).All(v => v.Operation.ConstantValue is { HasValue: true, Value: true }));
    }

    /// <summary>The rule the known parts break and where (null: the composed expression), or null when they break none.</summary>
    private static (string Problem, Location? At)? Broken(NameRule rule, StringValue value, bool isFifo)
    {
        var texts = value.TextParts.Select(p => p.Part).ToList();
        foreach (var part in texts)
        {
            var text = part.Text!;
            var checkedText = isFifo && text.EndsWith(".fifo", System.StringComparison.Ordinal) ? text.Substring(0, text.Length - 5) : text;
            if (rule.IgnoresUppercase)
                checkedText = checkedText.ToLowerInvariant();
            if (!rule.Allowed.IsMatch(checkedText))
            {
                var bad = checkedText.First(c => !rule.Allowed.IsMatch(c.ToString()));
                return ($"contains '{bad}'; it allows {rule.DescribeAllowed}", part.Location);
            }
            if (text.Length > rule.Max)
                return ($"is at least {text.Length} characters long; the limit is {rule.Max}", part.Location);
        }
        var known = texts.Sum(p => p.Text!.Length);
        if (known > rule.Max)
            return ($"is at least {known} characters long; the limit is {rule.Max}", null);
        if (value.IsKnown && known < rule.Min)
            return ($"is {known} characters long; the minimum is {rule.Min}", texts.FirstOrDefault().Location);
        var shape = value.Shape;
        if (rule.NoHyphenAtEnds && value.IsKnown && (shape.StartsWith("-", System.StringComparison.Ordinal) || shape.EndsWith("-", System.StringComparison.Ordinal)))
            return ("must not start or end with '-'", shape.StartsWith("-", System.StringComparison.Ordinal) ? texts[0].Location : texts[texts.Count - 1].Location);
        if (isFifo && value.Parts.LastOrDefault() is { Kind: ValueKind.Text } last && !last.Text!.EndsWith(".fifo", System.StringComparison.Ordinal))
            return ("must end with '.fifo' for a FIFO queue or topic", last.Location);
        return null;
    }
}
