namespace CdkAnalyzers;

/// <summary>Every rule id, in one place. Bands: 1xx will not deploy, 2xx portability, 3xx contracts, 4xx data model, 5xx availability, 6xx secrets.</summary>
internal static class RuleIds
{
    public const string InvalidOption = "CDK001";
    public const string ReservedEnvironmentVariable = "CDK101";
    public const string InvalidBucketName = "CDK102";
    public const string ReservedConcurrency = "CDK103";
    public const string StateMachineLoggingRole = "CDK104";
    public const string LogGroupKeyWithoutGrant = "CDK105";
    public const string MissingAsset = "CDK106";
    public const string LookupWithoutEnvironment = "CDK107";
    public const string DeprecatedRuntime = "CDK108";
    public const string QueueVisibilityTimeout = "CDK109";
    public const string ConstructIdCollision = "CDK110";
    public const string InvalidPhysicalName = "CDK111";
    public const string HardcodedAccountId = "CDK201";
    public const string PlaceholderAccountId = "CDK202";
    public const string HardcodedRegion = "CDK203";
    public const string PlaceholderValue = "CDK204";
    public const string FixedNameInRepeatedStack = "CDK205";
    public const string StackWithoutOutputs = "CDK301";
    public const string EnvironmentNamesOtherService = "CDK302";
    public const string EnvironmentNamesAbsentService = "CDK305";
    public const string OutputInNestedStack = "CDK303";
    public const string KeyResourceWithoutOutput = "CDK304";
    public const string DynamoDbKeyCasing = "CDK401";
    public const string DynamoDbKeyCaseAcrossTables = "CDK402";
    public const string ClosedService = "CDK501";
    public const string ImageFromEmptyRepository = "CDK502";
    public const string SecretInSource = "CDK601";
}
