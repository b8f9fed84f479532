using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace CdkAnalyzers;

/// <summary>Where a physical name must be unique: in one account and region (most), in one account (IAM), or everywhere (S3 buckets).</summary>
internal enum NameScope
{
    Region,
    Account,
    Global,
}

/// <summary>
/// A physical name property and what its service accepts (each service's documented rule). <see cref="Max"/> is 0
/// for names CDK111 does not check (another rule owns them).
/// </summary>
internal sealed class PhysicalNameRule
{
    public PhysicalNameRule(string service, int min, int max, string allowed, string describeAllowed, (string Type, string Property)[] names,
        bool noHyphenAtEnds = false, string? fifoSetting = null, bool ignoresUppercase = false, bool appendsFifo = false, NameScope scope = NameScope.Region,
        string[]? fifoImpliedBy = null)
    {
        FifoImpliedBy = fifoImpliedBy;
        Scope = scope;
        Service = service;
        Min = min;
        Max = max;
        Allowed = new Regex(allowed.Length == 0 ? "^" : "^[" + allowed + "]*$", RegexOptions.CultureInvariant);
        DescribeAllowed = describeAllowed;
        Names = names;
        NoHyphenAtEnds = noHyphenAtEnds;
        FifoSetting = fifoSetting;
        IgnoresUppercase = ignoresUppercase;
        AppendsFifo = appendsFifo;
    }

    public string Service { get; }
    public int Min { get; }
    public int Max { get; }
    public Regex Allowed { get; }
    public string DescribeAllowed { get; }
    public (string Type, string Property)[] Names { get; }
    public bool NoHyphenAtEnds { get; }

    /// <summary>The props setting that makes it FIFO (the name may then end with '.fifo', and must unless <see cref="AppendsFifo"/>).</summary>
    public string? FifoSetting { get; }

    /// <summary>
    /// When <see cref="FifoSetting"/> is not written, the CDK makes the resource FIFO itself for a name ending in
    /// '.fifo' or any of these settings (the L2 Queue); null when it does not.
    /// </summary>
    public string[]? FifoImpliedBy { get; }

    /// <summary>The CDK appends '.fifo' to a FIFO name that lacks it (the L2 Topic): the suffix is allowed, not required.</summary>
    public bool AppendsFifo { get; }

    /// <summary>Uppercase is another rule's business (CDK102 for ECR repositories).</summary>
    public bool IgnoresUppercase { get; }

    public NameScope Scope { get; }
}

/// <summary>
/// The physical names resources are given — CDK111 checks them against their service's rule, CDK205 looks for fixed
/// ones — with the props properties that set them.
/// </summary>
internal sealed class PhysicalNames
{
    public static readonly ImmutableArray<PhysicalNameRule> Rules = ImmutableArray.Create(new PhysicalNameRule[]
    {
        new("Lambda function", 1, 64, "A-Za-z0-9_-", "letters, digits, '-' and '_'",
            new[] { ("Amazon.CDK.AWS.Lambda.CfnFunctionProps", "FunctionName"), ("Amazon.CDK.AWS.SAM.CfnFunctionProps", "FunctionName") }),
        new("IAM role", 1, 64, @"\w+=,.@-", "letters, digits and '+=,.@-_'",
            new[] { ("Amazon.CDK.AWS.IAM.RoleProps", "RoleName"), ("Amazon.CDK.AWS.IAM.CfnRoleProps", "RoleName") }, scope: NameScope.Account),
        // An inline policy's name is its principal's business; a managed policy's is the account's.
        new("IAM policy", 1, 128, @"\w+=,.@-", "letters, digits and '+=,.@-_'",
            new[] { ("Amazon.CDK.AWS.IAM.PolicyProps", "PolicyName"), ("Amazon.CDK.AWS.IAM.CfnPolicyProps", "PolicyName") }),
        new("IAM policy", 1, 128, @"\w+=,.@-", "letters, digits and '+=,.@-_'",
            new[] { ("Amazon.CDK.AWS.IAM.ManagedPolicyProps", "ManagedPolicyName"), ("Amazon.CDK.AWS.IAM.CfnManagedPolicyProps", "ManagedPolicyName") }, scope: NameScope.Account),
        new("SQS queue", 1, 80, "A-Za-z0-9_-", "letters, digits, '-' and '_' (and a '.fifo' suffix for FIFO queues)",
            new[] { ("Amazon.CDK.AWS.SQS.QueueProps", "QueueName") }, fifoSetting: "Fifo",
            fifoImpliedBy: new[] { "ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit" }),
        new("SQS queue", 1, 80, "A-Za-z0-9_-", "letters, digits, '-' and '_' (and a '.fifo' suffix for FIFO queues)",
            new[] { ("Amazon.CDK.AWS.SQS.CfnQueueProps", "QueueName") }, fifoSetting: "FifoQueue"),
        new("SNS topic", 1, 256, "A-Za-z0-9_-", "letters, digits, '-' and '_' (and a '.fifo' suffix for FIFO topics)",
            new[] { ("Amazon.CDK.AWS.SNS.TopicProps", "TopicName") }, fifoSetting: "Fifo", appendsFifo: true),
        new("SNS topic", 1, 256, "A-Za-z0-9_-", "letters, digits, '-' and '_' (and a '.fifo' suffix for FIFO topics)",
            new[] { ("Amazon.CDK.AWS.SNS.CfnTopicProps", "TopicName") }, fifoSetting: "FifoTopic"),
        new("DynamoDB table", 3, 255, "A-Za-z0-9_.-", "letters, digits, '_', '-' and '.'",
            new[] { ("Amazon.CDK.AWS.DynamoDB.TableProps", "TableName"), ("Amazon.CDK.AWS.DynamoDB.TablePropsV2", "TableName"), ("Amazon.CDK.AWS.DynamoDB.CfnTableProps", "TableName") }),
        new("Load balancer", 1, 32, "A-Za-z0-9-", "letters, digits and '-'",
            new[] { ("Amazon.CDK.AWS.ElasticLoadBalancingV2.ApplicationLoadBalancerProps", "LoadBalancerName"),
                ("Amazon.CDK.AWS.ElasticLoadBalancingV2.NetworkLoadBalancerProps", "LoadBalancerName"), ("Amazon.CDK.AWS.ElasticLoadBalancingV2.CfnLoadBalancerProps", "Name"),
                // The ECS patterns create the load balancer themselves, named as their props say.
                ("Amazon.CDK.AWS.ECS.Patterns.ApplicationLoadBalancedFargateServiceProps", "LoadBalancerName"),
                ("Amazon.CDK.AWS.ECS.Patterns.ApplicationLoadBalancedEc2ServiceProps", "LoadBalancerName"),
                ("Amazon.CDK.AWS.ECS.Patterns.ApplicationLoadBalancedServiceBaseProps", "LoadBalancerName") },
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
        new("S3 bucket", 0, 0, "", "", new[] { ("Amazon.CDK.AWS.S3.BucketProps", "BucketName"), ("Amazon.CDK.AWS.S3.CfnBucketProps", "BucketName") }, scope: NameScope.Global),
        new("Kinesis stream", 0, 0, "", "", new[] { ("Amazon.CDK.AWS.Kinesis.StreamProps", "StreamName"), ("Amazon.CDK.AWS.Kinesis.CfnStreamProps", "Name") }),
        new("Secret", 0, 0, "", "", new[] { ("Amazon.CDK.AWS.SecretsManager.SecretProps", "SecretName"), ("Amazon.CDK.AWS.SecretsManager.CfnSecretProps", "Name") }),
        new("SSM parameter", 0, 0, "", "", new[] { ("Amazon.CDK.AWS.SSM.StringParameterProps", "ParameterName"), ("Amazon.CDK.AWS.SSM.CfnParameterProps", "Name") }),
        new("ECS cluster", 0, 0, "", "", new[] { ("Amazon.CDK.AWS.ECS.ClusterProps", "ClusterName"), ("Amazon.CDK.AWS.ECS.CfnClusterProps", "ClusterName") }),
        new("KMS alias", 0, 0, "", "", new[] { ("Amazon.CDK.AWS.KMS.AliasProps", "AliasName"), ("Amazon.CDK.AWS.KMS.CfnAliasProps", "AliasName") }),
    });

    private readonly ImmutableArray<(PhysicalNameRule Rule, CdkMembers Members)> _rules;
    private readonly CdkTypes _cdk;

    public PhysicalNames(CdkTypes cdk)
    {
        _rules = Rules.Select(r => (r, new CdkMembers(cdk, r.Names))).ToImmutableArray();
        _cdk = cdk;
    }

    /// <summary>The rule of a property that sets a physical name, or null when it sets none.</summary>
    public PhysicalNameRule? RuleFor(IPropertySymbol property)
    {
        // Every function props type (FunctionProps, DockerImageFunctionProps, …) names its function through IFunctionOptions.
        if (property.Name == "FunctionName" && _cdk.Implements(property.ContainingType, _cdk.FunctionOptions))
            return Rules[0];
        foreach (var (rule, members) in _rules)
        {
            if (members.Contains(property))
                return rule;
        }
        return null;
    }
}
