using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK302: a Lambda environment key whose prefix names a service (TIMESTREAM_TABLE) while its value comes from a
/// construct of another service, or is a literal while the app creates nothing of that service.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EnvironmentServiceMismatchAnalyzer : CdkAnalyzer
{
    private sealed class Service
    {
        public Service(string name, params string[] namespaces)
        {
            Name = name;
            Namespaces = namespaces.Select(n => "Amazon.CDK.AWS." + n).ToImmutableArray();
        }

        public string Name { get; }
        public ImmutableArray<string> Namespaces { get; }
    }

    private static readonly Service Timestream = new("Timestream", "Timestream");
    private static readonly Service DynamoDb = new("DynamoDB", "DynamoDB");
    private static readonly Service S3 = new("S3", "S3");
    private static readonly Service Sqs = new("SQS", "SQS");
    private static readonly Service Sns = new("SNS", "SNS");
    private static readonly Service Kinesis = new("Kinesis", "Kinesis");
    private static readonly Service Firehose = new("Firehose", "KinesisFirehose");
    private static readonly Service Rds = new("RDS", "RDS");
    private static readonly Service ElastiCache = new("ElastiCache", "ElastiCache");
    private static readonly Service OpenSearch = new("OpenSearch", "OpenSearchService", "Elasticsearch");
    private static readonly Service EventBridge = new("EventBridge", "Events");
    private static readonly Service StepFunctions = new("Step Functions", "StepFunctions");
    private static readonly Service SecretsManager = new("Secrets Manager", "SecretsManager");
    private static readonly Service Ssm = new("SSM", "SSM");

    /// <summary>The prefixes, a closed list (RULES.md), longest first so FIREHOSE_ is not read as another prefix.</summary>
    private static readonly ImmutableArray<(string Prefix, Service Service)> Prefixes = new (string, Service)[]
    {
        ("TIMESTREAM_", Timestream), ("DYNAMODB_", DynamoDb), ("DDB_", DynamoDb), ("S3_", S3), ("SQS_", Sqs),
        ("SNS_", Sns), ("KINESIS_", Kinesis), ("FIREHOSE_", Firehose), ("RDS_", Rds), ("AURORA_", Rds),
        ("REDIS_", ElastiCache), ("ELASTICACHE_", ElastiCache), ("OPENSEARCH_", OpenSearch), ("ES_", OpenSearch),
        ("EVENTBRIDGE_", EventBridge), ("SFN_", StepFunctions), ("STEPFUNCTIONS_", StepFunctions),
        ("SECRETS_", SecretsManager), ("SSM_", Ssm),
    }.OrderByDescending(p => p.Item1.Length).ToImmutableArray();

    /// <summary>Services whose values routinely serve another service (a role, a key): never a mismatch.</summary>
    private static readonly ImmutableHashSet<string> CrossCutting = ImmutableHashSet.Create("Amazon.CDK.AWS.IAM", "Amazon.CDK.AWS.KMS");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.EnvironmentNamesOtherService);

    private protected override void OnCdkCompilationStart(CompilationStartAnalysisContext context, CdkTypes cdk)
    {
        var createdNamespaces = new ConcurrentDictionary<string, bool>();
        var literalEntries = new ConcurrentBag<(string Key, Service Service, Location Use)>();

        var seenTypes = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        context.RegisterOperationAction(ctx =>
        {
            if (ctx.Operation.Type is { ContainingNamespace: { } ns } type && seenTypes.TryAdd(type, true) && CdkTypes.IsInCdkNamespace(type))
                createdNamespaces.TryAdd(ns.ToDisplayString(), true);
        }, OperationKind.ObjectCreation);

        LambdaEnvironment.Register(context, cdk, (ctx, entry) =>
        {
            foreach (var key in cdk.Values.KnownTexts(entry.Key, ctx.CancellationToken))
            {
                var named = Prefixes.FirstOrDefault(p => key.StartsWith(p.Prefix, System.StringComparison.Ordinal));
                if (named.Service is null)
                    continue;
                if (SourceNamespace(entry.Value, cdk, ctx.CancellationToken) is { } source)
                {
                    if (!named.Service.Namespaces.Contains(source) && !CrossCutting.Contains(source))
                    {
                        var other = source.Substring(source.LastIndexOf('.') + 1);
                        ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.EnvironmentNamesOtherService, entry.Use.GetLocation(),
                            key, named.Service.Name, $"its value comes from a {other} construct"));
                    }
                }
                else if (cdk.Values.KnownTexts(entry.Value, ctx.CancellationToken).Any())
                {
                    literalEntries.Add((key, named.Service, entry.Use.GetLocation()));
                }
            }
        });

        // A literal value: wrong only if nothing of that service exists anywhere in the app.
        context.RegisterCompilationEndAction(ctx =>
        {
            foreach (var (key, service, use) in literalEntries)
            {
                if (!service.Namespaces.Any(createdNamespaces.ContainsKey))
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.EnvironmentNamesOtherService, use,
                        key, service.Name, $"this app creates no {service.Name} resource"));
                }
            }
        });
    }

    /// <summary>The namespace of the AWS construct a value is read from (<c>table.TableName</c> → Amazon.CDK.AWS.DynamoDB).</summary>
    private static string? SourceNamespace(Origin value, CdkTypes cdk, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var source in cdk.Values.Sources(value, cancellationToken))
        {
            foreach (var operation in source.Operation.DescendantsAndSelf())
            {
                if (operation is IPropertyReferenceOperation { Instance.Type: { } type }
                    && type.ContainingNamespace?.ToDisplayString() is { } ns
                    && ns.StartsWith("Amazon.CDK.AWS.", System.StringComparison.Ordinal))
                {
                    return ns;
                }
            }
        }
        return null;
    }
}
