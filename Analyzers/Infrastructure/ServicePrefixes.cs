using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CdkAnalyzers;

/// <summary>An AWS service an environment variable's name can point at, and the CDK namespaces of its constructs.</summary>
internal sealed class NamedService
{
    public NamedService(string name, params string[] namespaces)
    {
        Name = name;
        Namespaces = namespaces.Select(n => "Amazon.CDK.AWS." + n).ToImmutableArray();
    }

    public string Name { get; }
    public ImmutableArray<string> Namespaces { get; }

    /// <summary>The namespace is one of the service's in this compilation's CDK version (asked for every environment entry: no array is built).</summary>
    public bool Includes(INamespaceSymbol ns, CdkTypes cdk)
    {
        foreach (var name in Namespaces)
        {
            if (SymbolEqualityComparer.Default.Equals(cdk.Namespace(name), ns))
                return true;
        }
        return false;
    }
}

/// <summary>The prefixes of Lambda environment variable names that name a service (CDK302, CDK305): a closed list, kept as data.</summary>
internal static class ServicePrefixes
{
    private static readonly NamedService Timestream = new("Timestream", "Timestream");
    private static readonly NamedService DynamoDb = new("DynamoDB", "DynamoDB");
    private static readonly NamedService S3 = new("S3", "S3");
    private static readonly NamedService Sqs = new("SQS", "SQS");
    private static readonly NamedService Sns = new("SNS", "SNS");
    private static readonly NamedService Kinesis = new("Kinesis", "Kinesis");
    private static readonly NamedService Firehose = new("Firehose", "KinesisFirehose");
    private static readonly NamedService Rds = new("RDS", "RDS");
    private static readonly NamedService ElastiCache = new("ElastiCache", "ElastiCache");
    private static readonly NamedService OpenSearch = new("OpenSearch", "OpenSearchService", "Elasticsearch");
    private static readonly NamedService EventBridge = new("EventBridge", "Events");
    private static readonly NamedService StepFunctions = new("Step Functions", "StepFunctions");
    private static readonly NamedService SecretsManager = new("Secrets Manager", "SecretsManager");
    private static readonly NamedService Ssm = new("SSM", "SSM");

    /// <summary>The prefixes (RULES.md), longest first so FIREHOSE_ is not read as another prefix.</summary>
    private static readonly ImmutableArray<(string Prefix, NamedService Service)> Prefixes = new (string, NamedService)[]
    {
        ("TIMESTREAM_", Timestream), ("DYNAMODB_", DynamoDb), ("DDB_", DynamoDb), ("S3_", S3), ("SQS_", Sqs),
        ("SNS_", Sns), ("KINESIS_", Kinesis), ("FIREHOSE_", Firehose), ("RDS_", Rds), ("AURORA_", Rds),
        ("REDIS_", ElastiCache), ("ELASTICACHE_", ElastiCache), ("OPENSEARCH_", OpenSearch), ("ES_", OpenSearch),
        ("EVENTBRIDGE_", EventBridge), ("SFN_", StepFunctions), ("STEPFUNCTIONS_", StepFunctions),
        ("SECRETS_", SecretsManager), ("SSM_", Ssm),
    }.OrderByDescending(p => p.Item1.Length).ToImmutableArray();

    /// <summary>The service a variable's name starts with, or null.</summary>
    public static NamedService? ServiceNamedBy(string key)
        => Prefixes.FirstOrDefault(p => key.StartsWith(p.Prefix, System.StringComparison.Ordinal)).Service;
}
