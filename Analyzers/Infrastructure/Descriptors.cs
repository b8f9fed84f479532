using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CdkAnalyzers;

/// <summary>
/// The only place that builds descriptors; the help link is computed from the id. The catalog's generated files
/// (README rules table, presets, the header of each rule page, the release file) are written from these.
/// </summary>
internal static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/CdkAnalyzers/CdkAnalyzers/blob/main/docs/rules/";

    private static class Categories
    {
        public const string Configuration = "Configuration";
        public const string Deployment = "Deployment";
        public const string Portability = "Portability";
        public const string Contracts = "Contracts";
        public const string DataModel = "DataModel";
        public const string Availability = "Availability";
        public const string Security = "Security";
    }

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        RuleIds.InvalidOption, Categories.Configuration, DiagnosticSeverity.Warning,
        "CdkAnalyzers option has an unknown value",
        "Option '{0}' has the unknown value '{1}'; the default '{2}' is used instead (expected {3})",
        "An option in .editorconfig or .globalconfig has a value CdkAnalyzers does not understand, so the rule runs with its default.");

    public static readonly DiagnosticDescriptor ReservedEnvironmentVariable = Create(
        RuleIds.ReservedEnvironmentVariable, Categories.Deployment, DiagnosticSeverity.Error,
        "Lambda environment variable name is reserved",
        "Lambda reserves the environment variable '{0}'; the function will be rejected at deploy",
        "Lambda rejects a function whose environment sets a reserved key such as AWS_REGION (InvalidParameterValueException). The runtime provides these variables itself.");

    public static readonly DiagnosticDescriptor InvalidBucketName = Create(
        RuleIds.InvalidBucketName, Categories.Deployment, DiagnosticSeverity.Error,
        "S3 bucket name is invalid or derived from a value that may contain uppercase",
        "{0}",
        "S3 rejects bucket names with uppercase letters or other invalid characters at deploy (CREATE_FAILED). Names built from the stack name or a construct id carry their casing. Derived names are reported as warnings.");

    public static readonly DiagnosticDescriptor ReservedConcurrency = Create(
        RuleIds.ReservedConcurrency, Categories.Deployment, DiagnosticSeverity.Warning,
        "Lambda reserved concurrency exceeds the account's budget",
        "This function reserves {0} concurrent executions; the app reserves {1} in total, over the budget of {2}",
        "Lambda keeps 100 unreserved executions per account; new accounts often have a quota of 10, so any reservation can fail the deployment.",
        isReportedAtCompilationEnd: true);

    public static readonly DiagnosticDescriptor StateMachineLoggingRole = Create(
        RuleIds.StateMachineLoggingRole, Categories.Deployment, DiagnosticSeverity.Error,
        "State machine logging role lacks the log-delivery permissions",
        "This state machine logs, but {0}; creating it will fail",
        "'The provided role does not have sufficient permissions to access the log destination.' A state machine with logging needs logs:CreateLogDelivery, GetLogDelivery, UpdateLogDelivery, DeleteLogDelivery, ListLogDeliveries, PutResourcePolicy, DescribeResourcePolicies and DescribeLogGroups.");

    public static readonly DiagnosticDescriptor LogGroupKeyWithoutGrant = Create(
        RuleIds.LogGroupKeyWithoutGrant, Categories.Deployment, DiagnosticSeverity.Error,
        "Log group encrypted with a KMS key that does not grant CloudWatch Logs",
        "The log group is encrypted with '{0}', which never grants the CloudWatch Logs service principal; creating the log group will fail",
        "CloudWatch Logs must be allowed to use the key ('The specified KMS key does not exist or is not allowed to be used'). CDK does not add the logs principal to the key policy.");

    public static readonly DiagnosticDescriptor MissingAsset = Create(
        RuleIds.MissingAsset, Categories.Deployment, DiagnosticSeverity.Error,
        "Asset path does not exist",
        "Asset path '{0}' does not exist under {1}; synth will fail with 'Cannot find asset'",
        "Asset paths resolve like the CDK CLI resolves them: relative to the folder that holds cdk.json, else the project folder.");

    public static readonly DiagnosticDescriptor LookupWithoutEnvironment = Create(
        RuleIds.LookupWithoutEnvironment, Categories.Deployment, DiagnosticSeverity.Error,
        "Context lookup in a stack without an explicit account and region",
        "{0} needs the stack's account and region, but {1} is created without an Env that sets both Account and Region at {2}",
        "Context lookups query the target account at synth. A stack created without Env.Account and Env.Region fails: 'Unable to resolve AWS account to use'.",
        isReportedAtCompilationEnd: true);

    public static readonly DiagnosticDescriptor DeprecatedRuntime = Create(
        RuleIds.DeprecatedRuntime, Categories.Deployment, DiagnosticSeverity.Warning,
        "Lambda runtime is deprecated or can no longer be deployed",
        "{0}",
        "Lambda deprecates a runtime, then blocks creating and later updating functions on it ('The runtime parameter of dotnet6 is no longer supported for creating or updating AWS Lambda functions'). Deprecated runtimes are warnings; runtimes Lambda no longer lets anyone create functions on are errors.");

    public static readonly DiagnosticDescriptor QueueVisibilityTimeout = Create(
        RuleIds.QueueVisibilityTimeout, Categories.Deployment, DiagnosticSeverity.Error,
        "Queue visibility timeout is shorter than its consumer's timeout",
        "Queue visibility timeout: {0} seconds is less than the timeout of function '{1}' that consumes it: {2} seconds; the event source mapping will fail to create",
        "Lambda refuses an SQS event source whose queue hides messages for less time than the function may run ('Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds'). Defaults count: a queue hides messages for 30 seconds, a function runs for 3.");

    public static readonly DiagnosticDescriptor ConstructIdCollision = Create(
        RuleIds.ConstructIdCollision, Categories.Deployment, DiagnosticSeverity.Error,
        "Two constructs share an id in one scope",
        "{0}; synth will fail with 'There is already a Construct with name '{1}''",
        "Construct ids must be unique among the children of one scope. A second construct with the same id in the same scope, or one created with a constant id on every iteration of a loop, makes synth throw.");

    public static readonly DiagnosticDescriptor InvalidPhysicalName = Create(
        RuleIds.InvalidPhysicalName, Categories.Deployment, DiagnosticSeverity.Error,
        "Physical name the service rejects",
        "{0}",
        "Each service limits the names it accepts: length, character set, a '.fifo' suffix for FIFO queues and topics. A name that breaks the rule fails at deploy, or at synth for the few the CDK checks itself.");

    public static readonly DiagnosticDescriptor HardcodedAccountId = Create(
        RuleIds.HardcodedAccountId, Categories.Portability, DiagnosticSeverity.Warning,
        "Hardcoded AWS account id",
        "The account id '{0}' is hardcoded; use the stack's account instead",
        "A literal account id ties the stack to one account. Use Stack.Of(this).Account or the Aws.ACCOUNT_ID token, or list the id in cdk_analyzers.allowed_account_ids.");

    public static readonly DiagnosticDescriptor PlaceholderAccountId = Create(
        RuleIds.PlaceholderAccountId, Categories.Portability, DiagnosticSeverity.Error,
        "Placeholder AWS account id",
        "'{0}' is a placeholder account id; nothing can be deployed to or trusted from it",
        "Account ids such as 111111111111 or 123456789012 are documentation placeholders. Roles, principals and ARNs that name them fail or do nothing at deploy.");

    public static readonly DiagnosticDescriptor HardcodedRegion = Create(
        RuleIds.HardcodedRegion, Categories.Portability, DiagnosticSeverity.Warning,
        "Hardcoded region in an ARN or service endpoint",
        "The region '{0}' is hardcoded in an ARN or endpoint; use the stack's region instead",
        "A literal region in an ARN or endpoint breaks the stack in every other region. Interpolate Aws.REGION or Stack.Of(this).Region.");

    public static readonly DiagnosticDescriptor PlaceholderValue = Create(
        RuleIds.PlaceholderValue, Categories.Portability, DiagnosticSeverity.Warning,
        "Placeholder value passed to a construct",
        "'{0}' looks like a placeholder ('{1}'); it cannot deploy",
        "Values such as connection/example, myorg/myapp, TODO or <your-bucket> were never replaced. They synthesize and then fail at deploy or at run time.");

    public static readonly DiagnosticDescriptor FixedNameInRepeatedStack = Create(
        RuleIds.FixedNameInRepeatedStack, Categories.Portability, DiagnosticSeverity.Warning,
        "Fixed physical name in a stack deployed more than once to one environment",
        "'{0}' is a fixed name, but {1} is created {4} at {2} and at {3}; the second deployment fails because the resource already exists",
        "A stack class instantiated twice for the same account and region (or both without Env) deploys its resources twice; a resource with a fixed physical name can exist only once. IAM role and managed policy names are unique in an account, and S3 bucket names across all accounts, so for those two deployments to different regions, or anywhere, collide too. Decided once the whole compilation has been seen.",
        isReportedAtCompilationEnd: true);

    public static readonly DiagnosticDescriptor StackWithoutOutputs = Create(
        RuleIds.StackWithoutOutputs, Categories.Contracts, DiagnosticSeverity.Warning,
        "Stack declares no outputs",
        "Stack '{0}' creates {1} but declares no CfnOutput; its outputs file will be empty",
        "Integration tests and other stacks read a deployment's outputs file. A stack that creates key resources and declares no CfnOutput writes '{}' there.");

    public static readonly DiagnosticDescriptor KeyResourceWithoutOutput = Create(
        RuleIds.KeyResourceWithoutOutput, Categories.Contracts, DiagnosticSeverity.Info,
        "Key resource has no output",
        "'{0}' is not referenced by any CfnOutput; add an output for its {1}",
        "Each key resource that code outside the stack needs should be exported with a CfnOutput. Off by default.",
        isEnabledByDefault: false);

    public static readonly DiagnosticDescriptor EnvironmentNamesOtherService = Create(
        RuleIds.EnvironmentNamesOtherService, Categories.Contracts, DiagnosticSeverity.Warning,
        "Lambda environment variable names a different service than its value",
        "Environment variable '{0}' names {1}, but {2}",
        "A variable named TIMESTREAM_TABLE that holds a DynamoDB table name sends the function's code to the wrong service.");

    public static readonly DiagnosticDescriptor EnvironmentNamesAbsentService = Create(
        RuleIds.EnvironmentNamesAbsentService, Categories.Contracts, DiagnosticSeverity.Warning,
        "Lambda environment variable names a service the app does not create",
        "Environment variable '{0}' names {1}, but this app creates no {1} resource",
        "A variable named TIMESTREAM_TABLE holding a literal, in an app that creates nothing of Timestream, points the function at a service that is not there. Decided once the whole compilation has been seen.",
        isReportedAtCompilationEnd: true);

    public static readonly DiagnosticDescriptor OutputInNestedStack = Create(
        RuleIds.OutputInNestedStack, Categories.Contracts, DiagnosticSeverity.Warning,
        "Output declared in a nested stack",
        "CfnOutput '{0}' is declared in nested stack '{1}'; the outputs file will not contain it",
        "cdk deploy --outputs-file writes only the outputs of top-level stacks. Declare the output in the parent stack.");

    public static readonly DiagnosticDescriptor DynamoDbKeyCasing = Create(
        RuleIds.DynamoDbKeyCasing, Categories.DataModel, DiagnosticSeverity.Warning,
        "DynamoDB key attribute names mix casing conventions",
        "Key attribute '{0}' {1}",
        "DynamoDB attribute names are case-sensitive. Keys of one table in mixed conventions (PK next to GSI1pk) lead to 'Query condition missed key schema element' at run time.");

    public static readonly DiagnosticDescriptor DynamoDbKeyCaseAcrossTables = Create(
        RuleIds.DynamoDbKeyCaseAcrossTables, Categories.DataModel, DiagnosticSeverity.Warning,
        "DynamoDB key attribute names differ only in case across tables",
        "Key attribute '{0}' differs only in case from '{1}' in table '{2}'",
        "Code that reads two tables with one key name (pk in one, PK in the other) misses the key schema element of one of them. Decided once the whole compilation has been seen.",
        isReportedAtCompilationEnd: true);

    public static readonly DiagnosticDescriptor ClosedService = Create(
        RuleIds.ClosedService, Categories.Availability, DiagnosticSeverity.Warning,
        "Service is closed to new customers",
        "{0} is {1} since {2} ({3}); new accounts cannot use it. Consider {4}.",
        "Creating a resource of a service that new AWS accounts cannot use fails at deploy in every account that did not use it before.");

    public static readonly DiagnosticDescriptor ImageFromEmptyRepository = Create(
        RuleIds.ImageFromEmptyRepository, Categories.Availability, DiagnosticSeverity.Warning,
        "Container image pulled from a repository this app creates empty",
        "The image comes from repository '{0}', which this app creates empty; nothing will be there to pull. Build it from an image asset instead ({1}).",
        "A repository created by the same app has no images at deploy time. Pulling from it fails the build, task or function that needs the image.");

    public static readonly DiagnosticDescriptor SecretInSource = Create(
        RuleIds.SecretInSource, Categories.Security, DiagnosticSeverity.Error,
        "Secret written in the source",
        "{0}; it lands in the template, in cdk.out and in version control. Read it from Secrets Manager or an SSM SecureString instead.",
        "A secret written in code is visible to everyone who can read the repository, the synthesized template or the deployed resource's configuration. AWS access key ids are errors; passwords, tokens and plain-text secret values are warnings.");

    /// <summary>
    /// Rules that report some findings below their default severity (CDK102: a name derived from the stack name is
    /// a warning, an invalid literal an error). The catalog's tables show both.
    /// </summary>
    public static readonly ImmutableDictionary<string, DiagnosticSeverity> AlsoReportedAs =
        ImmutableDictionary.CreateRange(new[]
        {
            new System.Collections.Generic.KeyValuePair<string, DiagnosticSeverity>(RuleIds.InvalidBucketName, DiagnosticSeverity.Warning),
            new System.Collections.Generic.KeyValuePair<string, DiagnosticSeverity>(RuleIds.DeprecatedRuntime, DiagnosticSeverity.Error),
            new System.Collections.Generic.KeyValuePair<string, DiagnosticSeverity>(RuleIds.SecretInSource, DiagnosticSeverity.Warning),
        });

    /// <param name="isReportedAtCompilationEnd">
    /// Reported from a compilation end action (the whole compilation must be seen): tagged CompilationEnd, so that
    /// editors know the diagnostic comes from a build or full-solution analysis, not from the open document.
    /// </param>
    private static DiagnosticDescriptor Create(
        string id, string category, DiagnosticSeverity severity, string title, string message, string description,
        bool isEnabledByDefault = true, bool isReportedAtCompilationEnd = false)
#pragma warning disable RS0030 // The one place descriptors are built.
        => new(id, title, message, category, severity, isEnabledByDefault, description, HelpLinkBase + id + ".md",
            isReportedAtCompilationEnd ? new[] { WellKnownDiagnosticTags.CompilationEnd } : System.Array.Empty<string>());
#pragma warning restore RS0030
}
