using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>
/// The CDK types the rules match, resolved by metadata name once per compilation and shared by every analyzer.
/// <see cref="For"/> returns null when the compilation does not reference Amazon.CDK.Lib.
/// </summary>
internal sealed class CdkTypes
{
    private const string CdkAssemblyName = "Amazon.CDK.Lib";
    private const string ConstructsAssemblyName = "Constructs";
    private static readonly ConditionalWeakTable<Compilation, Holder> Cache = new();

    private sealed class Holder
    {
        public Holder(CdkTypes? types) => Types = types;
        public CdkTypes? Types { get; }
    }

    public static CdkTypes? For(Compilation compilation)
        => Cache.GetValue(compilation, static c => new Holder(Create(c))).Types;

    private static CdkTypes? Create(Compilation compilation)
    {
        var stack = Find(compilation, "Amazon.CDK.Stack");
        return stack is null ? null : new CdkTypes(compilation, stack);
    }

    private readonly Compilation _compilation;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, INamedTypeSymbol?> _byName = new();
    private ValueModel? _values;
    private CdkValueSinks? _valueSinks;

    private CdkTypes(Compilation compilation, INamedTypeSymbol stack)
    {
        _compilation = compilation;
        Stack = stack;
        StackTests = new StackTestFiles(compilation);
        NestedStack = Type("Amazon.CDK.NestedStack");
        Stage = Type("Amazon.CDK.Stage");
        App = Type("Amazon.CDK.App");
        Aws = Type("Amazon.CDK.Aws");
        CfnOutput = Type("Amazon.CDK.CfnOutput");
        Construct = Type("Constructs.Construct");
        ConstructNode = Type("Constructs.Node");
        FunctionOptions = Type("Amazon.CDK.AWS.Lambda.IFunctionOptions");
        FunctionBase = Type("Amazon.CDK.AWS.Lambda.FunctionBase");
        CfnFunction = Type("Amazon.CDK.AWS.Lambda.CfnFunction");
        CfnFunctionEnvironment = Type("Amazon.CDK.AWS.Lambda.CfnFunction+EnvironmentProperty");
        SamFunction = Type("Amazon.CDK.AWS.SAM.CfnFunction");
        SamFunctionEnvironment = Type("Amazon.CDK.AWS.SAM.CfnFunction+FunctionEnvironmentProperty");
        DynamoDbAttribute = Type("Amazon.CDK.AWS.DynamoDB.IAttribute");
        EcrRepository = Type("Amazon.CDK.AWS.ECR.Repository");
        KmsKey = Type("Amazon.CDK.AWS.KMS.Key");
        DynamoDbTables = Types(
            "Amazon.CDK.AWS.DynamoDB.Table", "Amazon.CDK.AWS.DynamoDB.TableV2", "Amazon.CDK.AWS.DynamoDB.CfnTable");

        var keyResources = ImmutableArray.CreateBuilder<KeyResource>();
        foreach (var (name, property) in KeyResourceNames)
        {
            if (Type(name) is { } type)
                keyResources.Add(new KeyResource(type, property));
        }
        KeyResources = keyResources.ToImmutable();
    }

    /// <summary>Key resources (RULES.md, CDK301) and the property their output exports.</summary>
    private static readonly (string MetadataName, string OutputProperty)[] KeyResourceNames =
    [
        ("Amazon.CDK.AWS.DynamoDB.Table", "TableName"),
        ("Amazon.CDK.AWS.DynamoDB.TableV2", "TableName"),
        ("Amazon.CDK.AWS.S3.Bucket", "BucketName"),
        ("Amazon.CDK.AWS.Lambda.Function", "FunctionName"),
        ("Amazon.CDK.AWS.SQS.Queue", "QueueUrl"),
        ("Amazon.CDK.AWS.SNS.Topic", "TopicArn"),
        ("Amazon.CDK.AWS.APIGateway.RestApi", "Url"),
        ("Amazon.CDK.AWS.Apigatewayv2.HttpApi", "ApiEndpoint"),
        ("Amazon.CDK.AWS.StepFunctions.StateMachine", "StateMachineArn"),
        ("Amazon.CDK.AWS.SecretsManager.Secret", "SecretArn"),
        ("Amazon.CDK.AWS.Kinesis.Stream", "StreamName"),
        ("Amazon.CDK.AWS.ECR.Repository", "RepositoryUri"),
        ("Amazon.CDK.AWS.ECS.Cluster", "ClusterName"),
        ("Amazon.CDK.AWS.ElasticLoadBalancingV2.ApplicationLoadBalancer", "LoadBalancerDnsName"),
        ("Amazon.CDK.AWS.CloudFront.Distribution", "DistributionDomainName"),
        ("Amazon.CDK.AWS.Cognito.UserPool", "UserPoolId"),
        ("Amazon.CDK.AWS.EC2.Vpc", "VpcId"),
    ];

    /// <summary>
    /// Every name a using alias gives a type anywhere in the compilation (<c>using P = Amazon.CDK.AWS.IAM.Policy;</c>):
    /// a filter by type name must let these through too.
    /// </summary>
    public ImmutableHashSet<string> AliasNames
    {
        get
        {
            if (_aliasNames is null)
            {
                var names = _compilation.SyntaxTrees
                    .SelectMany(tree => UsingDirectivesOf(tree, System.Threading.CancellationToken.None))
                    .Where(u => u.Alias is not null)
                    .Select(u => u.Alias!.Name.Identifier.ValueText)
                    .ToImmutableHashSet();
                System.Threading.Interlocked.CompareExchange(ref _aliasNames, names, null);
            }
            return _aliasNames!;
        }
    }

    private ImmutableHashSet<string>? _aliasNames;

    /// <summary>The using directives of a file (its own and its namespaces'), without walking into its types.</summary>
    public static IEnumerable<Microsoft.CodeAnalysis.CSharp.Syntax.UsingDirectiveSyntax> UsingDirectivesOf(SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
        => tree.GetRoot(cancellationToken)
            .DescendantNodes(node => node is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax)
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.UsingDirectiveSyntax>();

    /// <summary>Which files are stack unit tests, found once for every rule of this compilation.</summary>
    public StackTestFiles StackTests { get; }

    /// <summary>The placeholder patterns in force per file (defaults and CDK204's extra patterns), shared by the rules.</summary>
    public PlaceholderPatterns PlaceholderPatterns { get; } = new();

    /// <summary>The app's cdk.json context values, read once per compilation when its rules start (<see cref="CdkContext"/>).</summary>
    public CdkContext Context => _context ?? CdkContext.None;

    private CdkContext? _context;

    /// <summary>The JSON settings files the app's configuration may read, passed as AdditionalFiles (<see cref="AppSettingsFiles"/>).</summary>
    public AppSettingsFiles AppSettings => _appSettings ?? AppSettingsFiles.None;

    private AppSettingsFiles? _appSettings;

    public void ReadContext(AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
    {
        if (_context is null)
            System.Threading.Interlocked.CompareExchange(ref _context, CdkContext.From(options, cancellationToken), null);
        if (_appSettings is null)
            System.Threading.Interlocked.CompareExchange(ref _appSettings, new AppSettingsFiles(options), null);
    }

    /// <summary>What values can be, for every rule of this compilation (<see cref="ValueModel"/>).</summary>
    public ValueModel Values
    {
        get
        {
            if (_values is null)
                System.Threading.Interlocked.CompareExchange(ref _values, new ValueModel(_compilation, this), null);
            return _values;
        }
    }

    /// <summary>Where strings reach the CDK, collected once for every value rule of this compilation (<see cref="CdkValueSinks"/>).</summary>
    public CdkValueSinks ValueSinks
    {
        get
        {
            if (_valueSinks is null)
                System.Threading.Interlocked.CompareExchange(ref _valueSinks, new CdkValueSinks(this), null);
            return _valueSinks;
        }
    }

    /// <summary>
    /// A CDK type by metadata name (<c>Amazon.CDK.AWS.Logs.LogGroup</c>, nested types with <c>+</c>), resolved once per
    /// compilation; null when this CDK version does not have it. Rules resolve what they match at compilation start.
    /// </summary>
    public INamedTypeSymbol? Type(string metadataName)
        => _byName.TryGetValue(metadataName, out var known) ? known : _byName.GetOrAdd(metadataName, FindCdk(metadataName));

    /// <summary>
    /// A CDK type is looked up in the CDK's own assembly first: the compilation-wide lookup searches every reference
    /// (two hundred in a typical app) and allocates for each, for each of the hundred-odd names the rules resolve.
    /// </summary>
    private INamedTypeSymbol? FindCdk(string metadataName)
        => (metadataName.StartsWith("Amazon.CDK.", System.StringComparison.Ordinal) ? Stack.ContainingAssembly.GetTypeByMetadataName(metadataName) : null)
            ?? Find(_compilation, metadataName);

    /// <summary>The types that exist among <paramref name="metadataNames"/>.</summary>
    public ImmutableArray<INamedTypeSymbol> Types(params string[] metadataNames)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var name in metadataNames)
        {
            if (Type(name) is { } type)
                builder.Add(type);
        }
        return builder.ToImmutable();
    }

    /// <summary>True when <paramref name="type"/> is one of <paramref name="candidates"/> (not a subclass).</summary>
    public static bool IsOneOf(ITypeSymbol? type, ImmutableArray<INamedTypeSymbol> candidates)
    {
        if (type is null)
            return false;
        foreach (var candidate in candidates)
        {
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, candidate))
                return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="type"/> is one of <paramref name="candidates"/> or this app's subclass of one (<c>class StandardQueue : Queue</c>).</summary>
    public static bool IsOrExtendsOneOf(ITypeSymbol? type, ImmutableArray<INamedTypeSymbol> candidates)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (IsOneOf(current, candidates))
                return true;
            if (current.DeclaringSyntaxReferences.IsEmpty)
                return false;
        }
        return false;
    }

    public INamedTypeSymbol Stack { get; }
    public INamedTypeSymbol? NestedStack { get; }
    public INamedTypeSymbol? Stage { get; }
    public INamedTypeSymbol? App { get; }
    public INamedTypeSymbol? Aws { get; }
    public INamedTypeSymbol? CfnOutput { get; }
    public INamedTypeSymbol? Construct { get; }
    public INamedTypeSymbol? ConstructNode { get; }
    public INamedTypeSymbol? FunctionOptions { get; }
    public INamedTypeSymbol? FunctionBase { get; }
    public INamedTypeSymbol? CfnFunction { get; }
    public INamedTypeSymbol? CfnFunctionEnvironment { get; }

    /// <summary>A SAM function (<c>AWS::Serverless::Function</c>, what <c>cdk migrate</c> writes for one): a Lambda function once deployed.</summary>
    public INamedTypeSymbol? SamFunction { get; }
    public INamedTypeSymbol? SamFunctionEnvironment { get; }
    public INamedTypeSymbol? DynamoDbAttribute { get; }
    public INamedTypeSymbol? EcrRepository { get; }
    public INamedTypeSymbol? KmsKey { get; }
    public ImmutableArray<INamedTypeSymbol> DynamoDbTables { get; }
    public ImmutableArray<KeyResource> KeyResources { get; }

    /// <summary>The key resource <paramref name="type"/> is, or derives from; null when it is none.</summary>
    public KeyResource? KeyResourceOf(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var resource in KeyResources)
            {
                if (SymbolEqualityComparer.Default.Equals(current, resource.Type))
                    return resource;
            }
        }
        return null;
    }

    public bool IsStack(ITypeSymbol? type) => Inherits(type, Stack);

    /// <summary>A stack that writes its outputs to the outputs file: a Stack that is not a NestedStack.</summary>
    public bool IsTopLevelStack(ITypeSymbol? type) => IsStack(type) && !Inherits(type, NestedStack);

    public bool IsConstruct(ITypeSymbol? type) => Inherits(type, Construct);

    /// <summary>A stage other than the App (CDK Pipelines' unit of deployment): the stacks created in it take its account and region.</summary>
    public bool IsStage(ITypeSymbol? type) => Inherits(type, Stage) && !Inherits(type, App);

    /// <summary>The stack's base classes written in this app (a shared base stack creates resources and outputs for it).</summary>
    public IEnumerable<INamedTypeSymbol> BaseStacksOfThisApp(INamedTypeSymbol stack)
    {
        for (var type = stack.BaseType; type is not null && !SymbolEqualityComparer.Default.Equals(type, Stack); type = type.BaseType)
        {
            if (type.DeclaringSyntaxReferences.Length > 0)
                yield return type;
        }
    }

    /// <summary>True when <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
    public static bool Inherits(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
            return false;
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="type"/> is <paramref name="interfaceType"/> or implements it.</summary>
    public bool Implements(ITypeSymbol? type, INamedTypeSymbol? interfaceType)
    {
        if (type is null || interfaceType is null)
            return false;
        if (SymbolEqualityComparer.Default.Equals(type, interfaceType))
            return true;
        foreach (var candidate in AllInterfaces(type))
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, interfaceType))
                return true;
        }
        return false;
    }

    /// <summary>A type's interfaces, read once per type: <c>AllInterfaces</c> builds a new array on every call.</summary>
    public ImmutableArray<INamedTypeSymbol> AllInterfaces(ITypeSymbol type)
        => _allInterfaces.TryGetValue(type, out var known) ? known : _allInterfaces.GetOrAdd(type, type.AllInterfaces);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ITypeSymbol, ImmutableArray<INamedTypeSymbol>> _allInterfaces = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// A CDK type, or a type of this app built on one: a construct or stack subclass, a props class deriving from
    /// CDK props. Values passed to these reach the CDK.
    /// </summary>
    public bool IsCdkApi(ITypeSymbol? type)
        => type is not null && (_isCdkApi.TryGetValue(type, out var known) ? known : _isCdkApi.GetOrAdd(type, FindIsCdkApi(type)));

    private bool FindIsCdkApi(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (IsInCdkNamespace(current) || current.ContainingNamespace is { Name: "Constructs", ContainingNamespace.IsGlobalNamespace: true })
                return true;
        }
        return AllInterfaces(type).Any(i => IsInCdkNamespace(i));
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ITypeSymbol, bool> _isCdkApi = new(SymbolEqualityComparer.Default);

    /// <summary>In <c>Amazon.CDK</c> or a namespace below it; compares namespace names without building strings.</summary>
    public static bool IsInCdkNamespace(ISymbol? symbol)
    {
        INamespaceSymbol? second = null;
        var top = symbol?.ContainingNamespace;
        if (top is null || top.IsGlobalNamespace)
            return false;
        while (top.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            second = top;
            top = parent;
        }
        return top.Name == "Amazon" && second?.Name == "CDK";
    }

    /// <summary>
    /// A namespace of Amazon.CDK.Lib by its dotted name (<c>Amazon.CDK.AWS.DynamoDB</c>), resolved once per compilation;
    /// null when this CDK version has no such namespace. Compare it with a CDK type's <c>ContainingNamespace</c>.
    /// </summary>
    public INamespaceSymbol? Namespace(string dottedName)
        => _namespaces.TryGetValue(dottedName, out var known) ? known : _namespaces.GetOrAdd(dottedName, FindNamespace(dottedName));

    private INamespaceSymbol? FindNamespace(string dottedName)
    {
        INamespaceSymbol? current = Stack.ContainingAssembly.GlobalNamespace;
        foreach (var part in dottedName.Split('.'))
            current = current?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
        return current;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, INamespaceSymbol?> _namespaces = new();

    /// <summary>True when the symbol's own namespace is <paramref name="ns"/>.</summary>
    public static bool IsIn(ISymbol? symbol, INamespaceSymbol? ns)
        => ns is not null && SymbolEqualityComparer.Default.Equals(symbol?.ContainingNamespace, ns);

    /// <summary>
    /// Resolves a type by metadata name. When a compilation sees several definitions (a copy in another
    /// reference), the one from Amazon.CDK.Lib or Constructs wins.
    /// </summary>
    private static INamedTypeSymbol? Find(Compilation compilation, string metadataName)
    {
#pragma warning disable RS0030 // This is the one helper the banned-symbol rule points to.
        var type = compilation.GetTypeByMetadataName(metadataName);
#pragma warning restore RS0030
        if (type is not null)
            return type;

        INamedTypeSymbol? fallback = null;
        foreach (var candidate in compilation.GetTypesByMetadataName(metadataName))
        {
            var assembly = candidate.ContainingAssembly?.Name;
            if (assembly is CdkAssemblyName or ConstructsAssemblyName)
                return candidate;
            fallback ??= candidate;
        }
        return fallback;
    }
}

internal sealed class KeyResource
{
    public KeyResource(INamedTypeSymbol type, string outputProperty)
    {
        Type = type;
        OutputProperty = outputProperty;
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>The property a CfnOutput should export, e.g. TableName for a Table.</summary>
    public string OutputProperty { get; }
}
