using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.AccountIdAnalyzer>;

namespace CdkAnalyzers.Tests;

public class AccountIdTests
{
    private static string InStack(string body, string members = "", string usings = "")
        => usings + "\n" + TestCode.Stack(body, "IAM", members, parameters: ", string account = \"\"");

    private static string InJson(string body) => TestCode.Stack(body, "IAM StepFunctions");

    [Fact]
    public Task PlaceholdersInPrincipalsAndArns() => VerifyCS.AnalyzerAsync(InStack("""
                new Role(this, "Dev", new RoleProps { AssumedBy = new AccountPrincipal({|CDK202:"111111111111"|}) });
                new Role(this, "Staging", new RoleProps { AssumedBy = new AccountPrincipal({|CDK202:"222222222222"|}) });
                new Role(this, "Prod", new RoleProps { AssumedBy = new ArnPrincipal({|CDK202:"arn:aws:iam::333333333333:root"|}) });
                var connection = {|CDK202:"arn:aws:codestar-connections:us-east-1:123456789012:connection/example"|};
                new CfnOutput(this, "Connection", new CfnOutputProps { Value = connection });
        """));

    [Fact]
    public Task RealIdBesidePlaceholderTextWrittenElsewhere() => VerifyCS.AnalyzerAsync(InStack("""
                var roleName = "TODO";
                new Role(this, "Ops", new RoleProps { AssumedBy = new ArnPrincipal($"arn:aws:iam::{Prod}:role/{roleName}") });
                new Role(this, "Same", new RoleProps { AssumedBy = new ArnPrincipal("arn:aws:iam::493817265012:role/REPLACE_ME") });
                new Role(this, "Formatted", new RoleProps { AssumedBy = new ArnPrincipal(string.Format("arn:aws:iam::{0}:role/{1}", {|CDK201:"493817265013"|}, roleName)) });
        """, members: """
            private const string Prod = {|CDK201:"493817265012"|};
        """));

    [Theory]
    [InlineData("012345678901")]
    [InlineData("000000000000")]
    [InlineData("111122223333")]
    [InlineData("444455556666")]
    [InlineData("777788889999")]
    public Task EveryPlaceholderId(string accountId) => VerifyCS.AnalyzerAsync(InStack($$"""
                new Role(this, "R", new RoleProps { AssumedBy = new AccountPrincipal({|CDK202:"{{accountId}}"|}) });
        """));

    [Fact]
    public Task RealIdsInEnvironmentStatementsAndInterpolation() => VerifyCS.AnalyzerAsync(InStack("""
                var env = new Amazon.CDK.Environment { Account = {|CDK201:"493817265012"|}, Region = "eu-west-1" };
                new PolicyStatement(new PolicyStatementProps
                {
                    Actions = new[] { "sts:AssumeRole" },
                    Resources = new[] { $"arn:{Aws.PARTITION}{|CDK201::iam::493817265012:role/deployer|}" },
                });
                var image = {|CDK201:"493817265012.dkr.ecr.eu-west-1.amazonaws.com/app:latest"|};
                new CfnOutput(this, "Image", new CfnOutputProps { Value = image });
        """));

    [Fact]
    public Task ImagesAwsPublishesNameTheirPublisherOthersTheUsersAccount() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var role = new Role(this, "ModelRole", new RoleProps { AssumedBy = new ServicePrincipal("sagemaker.amazonaws.com") });
                new CfnModel(this, "Model", new CfnModelProps
                {
                    ExecutionRoleArn = role.RoleArn,
                    PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = $"763104351884.dkr.ecr.{Aws.REGION}.amazonaws.com/pytorch-inference:2.4.0-cpu-py311" },
                });
                new CfnJobDefinition(this, "Job", new CfnJobDefinitionProps
                {
                    Type = "container",
                    ContainerProperties = new CfnJobDefinition.ContainerPropertiesProperty
                    {
                        Image = string.Join("", new[] { "137112412989.dkr.ecr.", Region, ".amazonaws.com/amazonlinux:latest" }),
                        Command = new[] { "echo", "hello" },
                    },
                });
                var controller = $"602401143452.dkr.ecr.{Region}.amazonaws.com/amazon/aws-load-balancer-controller";
                var app = {|CDK201:"493817265012"|} + $".dkr.ecr.{Region}.amazonaws.com/orders:latest";
                new CfnOutput(this, "ControllerImage", new CfnOutputProps { Value = controller });
                new CfnOutput(this, "AppImage", new CfnOutputProps { Value = app });
        """, "IAM Sagemaker Batch"));

    [Fact]
    public Task ConstUsedThreeTimesIsReportedOnceAtItsLiteral() => VerifyCS.AnalyzerAsync(InStack("""
                new ArnPrincipal($"arn:aws:iam::{Tooling}:root");
                new ArnPrincipal("arn:aws:iam::" + Tooling + ":role/a");
                new AccountPrincipal(Tooling);
        """, members: """
            private const string Tooling = {|CDK201:"493817265012"|};
        """));

    [Fact]
    public Task ValuesPassedToThisAppsConstructsAndPropsReachTheCdk() => VerifyCS.AnalyzerAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Constructs;

        class PipelineStackProps : StackProps
        {
            public string DevAccount { get; set; } = "";
        }

        class DeployRole : Construct
        {
            public DeployRole(Construct scope, string id, string account) : base(scope, id)
                => new Role(this, "Role", new RoleProps { AssumedBy = new AccountPrincipal(account) });
        }

        class PipelineStack : Stack
        {
            public PipelineStack(Construct scope, string id, PipelineStackProps props) : base(scope, id, props)
                => new DeployRole(this, "Staging", {|CDK202:"222222222222"|});
        }

        static class Program
        {
            static void Main()
            {
                var app = new App();
                new PipelineStack(app, "Pipeline", new PipelineStackProps { DevAccount = {|CDK202:"111111111111"|} });
                var settings = new System.Collections.Generic.Dictionary<string, string> { { "account", "333333333333" } };
            }
        }
        """);

    [Fact]
    public Task NearMissesStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                new AccountPrincipal(account);
                new AccountPrincipal(Aws.ACCOUNT_ID);
                new AccountPrincipal(Stack.Of(this).Account);
                new CfnOutput(this, "Big", new CfnOutputProps { Value = "1234567890123" });
                new CfnOutput(this, "Order", new CfnOutputProps { Value = "order-493817265012-x" });
                var notCdk = "arn:aws:iam::111111111111:root";
                System.Console.WriteLine("111111111111");
                // A public layer's ARN names its publisher's account.
                new CfnOutput(this, "Layer", new CfnOutputProps { Value = "arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:14" });
                // So does a Serverless Application Repository application's.
                new CfnOutput(this, "App", new CfnOutputProps { Value = "arn:aws:serverlessrepo:us-east-1:451282441545:applications/aws-lambda-power-tuning" });
        """));

    [Fact]
    public Task AllowedAccountIdsSilenceBothRules() => VerifyCS.AnalyzerAsync(InStack("""
                new AccountPrincipal("493817265012");
                new AccountPrincipal("111111111111");
                new AccountPrincipal({|CDK201:"493817265013"|});
        """), editorConfig: "cdk_analyzers.allowed_account_ids = 493817265012, 111111111111\n");

    [Fact]
    public Task StackUnitTestsUsePlaceholdersOnPurpose() => VerifyCS.AnalyzerAsync(InStack("""
                var env = new Amazon.CDK.Environment { Account = "123456789012", Region = "us-east-1" };
                new AccountPrincipal("493817265012");
        """, usings: "using Amazon.CDK.Assertions;"));

    [Theory]
    [InlineData("global using Amazon.CDK.Assertions;")]
    [InlineData("global using global::Amazon.CDK.Assertions;")]
    public Task TestProjectThatImportsAssertionsGlobally(string globalUsing) => VerifyCS.AnalyzerAsync(new[]
    {
        globalUsing,
        InStack("""
                var env = new Amazon.CDK.Environment { Account = "123456789012", Region = "us-east-1" };
                new AccountPrincipal("493817265012");
        """),
    });

    [Fact]
    public Task AssertionsImportedByAnotherFileOnlyAreNotAGlobalImport() => VerifyCS.AnalyzerAsync(new[]
    {
        "using Amazon.CDK.Assertions;\nusing static Amazon.CDK.Assertions.Match;",
        InStack("""
                new AccountPrincipal({|CDK202:"123456789012"|});
        """),
    });

    [Fact]
    public Task FixUsesStackAccountForWholeValue() => VerifyCS.FixAsync<AccountIdCodeFix>(AccountIdCodeFix.UseStackAccountKey, InStack("""
                new Role(this, "R", new RoleProps { AssumedBy = new AccountPrincipal({|CDK201:"493817265012"|}) });
        """), InStack("""
                new Role(this, "R", new RoleProps { AssumedBy = new AccountPrincipal(Stack.Of(this).Account) });
        """));

    [Fact]
    public Task FixUsesTokenInsideArnsAndKeepsTheRest() => VerifyCS.FixAsync<AccountIdCodeFix>(AccountIdCodeFix.UseAccountTokenKey, InStack("""
                new ArnPrincipal({|CDK201:"arn:aws:iam::493817265012:role/{deployer}"|});
                new ArnPrincipal($"arn:{Aws.PARTITION}{|CDK201::iam::493817265013:role/|}{id}");
        """), InStack("""
                new ArnPrincipal($"arn:aws:iam::{Aws.ACCOUNT_ID}:role/{{deployer}}");
                new ArnPrincipal($"arn:{Aws.PARTITION}:iam::{Aws.ACCOUNT_ID}:role/{id}");
        """), iterations: 2);

    [Fact]
    public Task QueueUrlNamesAnAccount() => VerifyCS.FixAsync<AccountIdCodeFix>(AccountIdCodeFix.UseAccountTokenKey, InStack("""
                new CfnOutput(this, "Jobs", new CfnOutputProps { Value = {|CDK201:"https://sqs.eu-central-1.amazonaws.com/493817265012/jobs"|} });
                new CfnOutput(this, "Docs", new CfnOutputProps { Value = "https://docs.aws.amazon.com/493817265012/jobs" });
        """), InStack("""
                new CfnOutput(this, "Jobs", new CfnOutputProps { Value = $"https://sqs.eu-central-1.amazonaws.com/{Aws.ACCOUNT_ID}/jobs" });
                new CfnOutput(this, "Docs", new CfnOutputProps { Value = "https://docs.aws.amazon.com/493817265012/jobs" });
        """));

    [Fact]
    public Task ArnsWrittenInsideJsonAndTemplates() => VerifyCS.AnalyzerAsync(InJson(""""
                new StateMachine(this, "Flow", new StateMachineProps
                {
                    DefinitionBody = DefinitionBody.FromString("""
                        {
                          "StartAt": "Call",
                          "States": { "Call": { "Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:{|CDK201:493817265012|}:function:worker", "End": true } }
                        }
                        """),
                });
                new CfnOutput(this, "Policy", new CfnOutputProps { Value = {|CDK202:"{\"Principal\": {\"AWS\": \"arn:aws:iam::111111111111:root\"}}"|} });
                new CfnOutput(this, "Sub", new CfnOutputProps { Value = Fn.Sub({|CDK201:"arn:${AWS::Partition}:iam::493817265012:role/deployer"|}) });
                new CfnOutput(this, "Id", new CfnOutputProps { Value = "{\"Id\": \"493817265012\", \"Learn\": \"learn:aws:iam::493817265012:x\"}" });
        """"));

    [Fact]
    public Task FixKeepsARawStringRaw() => VerifyCS.FixAsync<AccountIdCodeFix>(AccountIdCodeFix.UseAccountTokenKey, InJson(""""
                new StateMachine(this, "Flow", new StateMachineProps
                {
                    DefinitionBody = DefinitionBody.FromString("""
                        { "StartAt": "Call", "States": { "Call": { "Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:{|CDK201:493817265012|}:function:worker", "End": true } } }
                        """),
                });
        """"), InJson(""""
                new StateMachine(this, "Flow", new StateMachineProps
                {
                    DefinitionBody = DefinitionBody.FromString($$"""
                        { "StartAt": "Call", "States": { "Call": { "Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:{{Aws.ACCOUNT_ID}}:function:worker", "End": true } } }
                        """),
                });
        """"));

    [Fact]
    public Task FixKeepsEscapedQuotes() => VerifyCS.FixAsync<AccountIdCodeFix>(AccountIdCodeFix.UseAccountTokenKey, InJson("""
                new CfnOutput(this, "Policy", new CfnOutputProps { Value = {|CDK201:"{\"Principal\": {\"AWS\": \"arn:aws:iam::493817265012:root\"}}"|} });
                new CfnOutput(this, "Path", new CfnOutputProps { Value = {|CDK201:@"arn:aws:iam::493817265013:role/a\b ""q"" x"|} });
        """), InJson("""
                new CfnOutput(this, "Policy", new CfnOutputProps { Value = $"{{\"Principal\": {{\"AWS\": \"arn:aws:iam::{Aws.ACCOUNT_ID}:root\"}}}}" });
                new CfnOutput(this, "Path", new CfnOutputProps { Value = $@"arn:aws:iam::{Aws.ACCOUNT_ID}:role/a\b ""q"" x" });
        """), iterations: 2);

    [Fact]
    public Task FixAddsUsingWhenMissing() => VerifyCS.FixAsync<AccountIdCodeFix>(AccountIdCodeFix.UseAccountTokenKey, """
        using Amazon.CDK.AWS.IAM;

        static class Principals
        {
            public static IPrincipal Tooling() => new ArnPrincipal({|CDK201:"arn:aws:iam::493817265012:role/tooling"|});
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;

        static class Principals
        {
            public static IPrincipal Tooling() => new ArnPrincipal($"arn:aws:iam::{Aws.ACCOUNT_ID}:role/tooling");
        }
        """);

    [Fact]
    public Task NoWholeValueFixOutsideAConstruct() => VerifyCS.NoFixAsync<AccountIdCodeFix>("""
        using Amazon.CDK;

        static class Settings
        {
            public static Amazon.CDK.Environment Tooling => new Amazon.CDK.Environment { Account = {|CDK201:"493817265012"|}, Region = "eu-west-1" };
        }
        """);

    [Fact]
    public Task NoFixForConstLiteral() => VerifyCS.NoFixAsync<AccountIdCodeFix>(InStack("""
                new AccountPrincipal(Tooling);
        """, members: """
            private const string Tooling = {|CDK201:"493817265012"|};
        """));

    [Fact]
    public Task AccountsReadWithGetValueOrDefault() => VerifyCS.AnalyzerAsync(InStack("""
                var settings = new Dictionary<string, string> { ["account"] = {|CDK202:"123456789012"|} };
                new AccountPrincipal(settings.GetValueOrDefault("account"));
                new AccountPrincipal(settings.GetValueOrDefault("audit", {|CDK201:"493817265012"|}));
                new AccountPrincipal(settings.GetValueOrDefault("account", "111111111111"));
        """));
}
