using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.HardcodedRegionAnalyzer>;

namespace CdkAnalyzers.Tests;

public class HardcodedRegionTests
{
    private static string InStack(string body, string members = "", string usings = "")
        => usings + "\n" + TestCode.Stack(body, "IAM", members, parameters: ", string region = \"\"");

    private static string InJson(string body) => TestCode.Stack(body, "IAM StepFunctions");

    [Fact]
    public Task CertificatesAndWebAclsCloudFrontTakesFromUsEast1() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnOutput(this, "Cert", new CfnOutputProps { Value = "arn:aws:acm:us-east-1:493817265012:certificate/7f3e9a21-5b6c-4d8e-9f01-a2b3c4d5e6f7" });
                new CfnOutput(this, "Acl", new CfnOutputProps { Value = "arn:aws:wafv2:us-east-1:493817265012:global/webacl/cdn/7f3e9a21" });
                new CfnOutput(this, "RegionalCert", new CfnOutputProps { Value = {|CDK203:"arn:aws:acm:eu-west-1:493817265012:certificate/7f3e9a21"|} });
                new CfnOutput(this, "RegionalAcl", new CfnOutputProps { Value = {|CDK203:"arn:aws:wafv2:us-east-1:493817265012:regional/webacl/api/7f3e9a21"|} });
        """));

    [Fact]
    public Task AServerlessApplicationRepositoryApplicationIsDeployedFromAnyRegion() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnOutput(this, "App", new CfnOutputProps { Value = "arn:aws:serverlessrepo:us-east-1:451282441545:applications/aws-lambda-power-tuning" });
                new CfnOutput(this, "Queue", new CfnOutputProps { Value = {|CDK203:"arn:aws:sqs:us-east-1:493817265012:jobs"|} });
        """));

    [Fact]
    public Task RegionInArnsAndEndpoints() => VerifyCS.AnalyzerAsync(InStack("""
                new PolicyStatement(new PolicyStatementProps
                {
                    Actions = new[] { "sns:Publish", "sqs:SendMessage" },
                    Resources = new[]
                    {
                        {|CDK203:"arn:aws:sns:us-east-1:493817265012:alerts"|},
                        $"arn:{Aws.PARTITION}{|CDK203::sqs:eu-west-2:|}{Aws.ACCOUNT_ID}:jobs",
                        {|CDK203:"arn:aws-us-gov:s3:us-gov-west-1::bucket"|},
                        {|CDK203:"arn:aws-cn:dynamodb:cn-northwest-1:493817265012:table/orders"|},
                    },
                });
                new CfnOutput(this, "Queue", new CfnOutputProps { Value = {|CDK203:"https://sqs.ap-southeast-2.amazonaws.com/493817265012/jobs"|} });
                new CfnOutput(this, "Api", new CfnOutputProps { Value = Endpoint });
        """, members: """
            private const string Endpoint = {|CDK203:"https://abc123.execute-api.eu-central-1.amazonaws.com/prod"|};
        """));

    [Fact]
    public Task EnvironmentRegionAndOtherShapesStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                var env = new Amazon.CDK.Environment { Account = Aws.ACCOUNT_ID, Region = "us-east-1" };
                new CfnOutput(this, "R", new CfnOutputProps { Value = "us-east-1" });
                new CfnOutput(this, "Arn", new CfnOutputProps { Value = $"arn:aws:sns:{Aws.REGION}:{Aws.ACCOUNT_ID}:alerts" });
                new CfnOutput(this, "Global", new CfnOutputProps { Value = "arn:aws:iam::aws:policy/ReadOnlyAccess" });
                new CfnOutput(this, "Param", new CfnOutputProps { Value = $"arn:aws:sns:{region}:{Aws.ACCOUNT_ID}:alerts" });
                new CfnOutput(this, "Text", new CfnOutputProps { Description = "deployed to us-east-1 first" });
                var notCdk = "arn:aws:sns:us-east-1:493817265012:alerts";
        """));

    [Fact]
    public Task PlaceholderArnsAndStackTestsStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnOutput(this, "Connection", new CfnOutputProps { Value = "arn:aws:codestar-connections:us-east-1:123456789012:connection/abc" });
                new CfnOutput(this, "Example", new CfnOutputProps { Value = "arn:aws:codestar-connections:us-east-1:493817265012:connection/example" });
        """)) ;

    [Fact]
    public Task RegionBesideAPlaceholderWrittenElsewhere() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnOutput(this, "Format", new CfnOutputProps { Value = string.Format("arn:aws:sqs:{0}:{1}:legacy", {|CDK203:"us-east-1"|}, Settings.Account) });
                new CfnOutput(this, "Consts", new CfnOutputProps { Value = $"arn:aws:sns:{Region}:{Settings.Account}:alerts" });
                new CfnOutput(this, "Interpolated", new CfnOutputProps { Value = $"{|CDK203:arn:aws:sns:us-west-2:|}{Settings.Account}:alerts" });
                new CfnOutput(this, "Concat", new CfnOutputProps { Value = {|CDK203:"arn:aws:sqs:ap-south-1:"|} + Settings.Account + ":" + TopicName });
                new CfnOutput(this, "SameLiteral", new CfnOutputProps { Value = $"arn:aws:sns:eu-north-1:{Aws.ACCOUNT_ID}:TODO" });
                new CfnOutput(this, "SameFormat", new CfnOutputProps { Value = string.Format("arn:aws:sqs:eu-north-1:{0}:<queue-name>", Aws.ACCOUNT_ID) });
        """, members: """
            private const string Region = {|CDK203:"eu-west-1"|};
            private const string TopicName = "REPLACE_ME";
            private sealed record Settings(string Stage)
            {
                public static string Account => "111122223333";
            }
        """));

    [Fact]
    public Task FixPutsTheTokenInPlaceOfAFormatArgument() => VerifyCS.FixAsync<HardcodedRegionCodeFix>(HardcodedRegionCodeFix.UseRegionTokenKey, InStack("""
                new CfnOutput(this, "Format", new CfnOutputProps { Value = string.Format("arn:aws:sqs:{0}:{1}:legacy", {|CDK203:"us-east-1"|}, Aws.ACCOUNT_ID) });
                new CfnOutput(this, "Join", new CfnOutputProps { Value = string.Join(":", "arn", "aws", "sns", {|CDK203:"eu-west-2"|}, Aws.ACCOUNT_ID, "alerts") });
        """), InStack("""
                new CfnOutput(this, "Format", new CfnOutputProps { Value = string.Format("arn:aws:sqs:{0}:{1}:legacy", Aws.REGION, Aws.ACCOUNT_ID) });
                new CfnOutput(this, "Join", new CfnOutputProps { Value = string.Join(":", "arn", "aws", "sns", Aws.REGION, Aws.ACCOUNT_ID, "alerts") });
        """), iterations: 2);

    [Fact]
    public Task NoFixForARegionConstUsedInAnArn() => VerifyCS.NoFixAsync<HardcodedRegionCodeFix>(InStack("""
                new CfnOutput(this, "Format", new CfnOutputProps { Value = string.Format("arn:aws:sqs:{0}:{1}:legacy", Primary, Aws.ACCOUNT_ID) });
        """, members: """
            private const string Primary = {|CDK203:"us-east-1"|};
        """));

    [Fact]
    public Task TwelveDigitsOutsideTheAccountFieldAreNotAPlaceholderAccount() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnOutput(this, "Key", new CfnOutputProps { Value = {|CDK203:"arn:aws:kms:eu-west-1:493817265012:key/0f1e2d3c-4b5a-6978-8a9b-444455556666"|} });
        """));

    [Fact]
    public Task StackUnitTestsAreSilent() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnOutput(this, "Topic", new CfnOutputProps { Value = "arn:aws:sns:us-east-1:493817265012:alerts" });
        """, usings: "using Amazon.CDK.Assertions;"));

    [Fact]
    public Task FixInterpolatesTheRegionToken() => VerifyCS.FixAsync<HardcodedRegionCodeFix>(HardcodedRegionCodeFix.UseRegionTokenKey, InStack("""
                new ArnPrincipal({|CDK203:"arn:aws:iam:eu-west-1:493817265012:role/x"|});
                new CfnOutput(this, "Queue", new CfnOutputProps { Value = $"{|CDK203:https://sqs.ap-southeast-2.amazonaws.com/|}{Aws.ACCOUNT_ID}/jobs" });
        """), InStack("""
                new ArnPrincipal($"arn:aws:iam:{Aws.REGION}:493817265012:role/x");
                new CfnOutput(this, "Queue", new CfnOutputProps { Value = $"https://sqs.{Aws.REGION}.amazonaws.com/{Aws.ACCOUNT_ID}/jobs" });
        """), iterations: 2);

    [Fact]
    public Task ArnsWrittenInsideJsonAndTemplates() => VerifyCS.AnalyzerAsync(InJson(""""
                new StateMachine(this, "Flow", new StateMachineProps
                {
                    DefinitionBody = DefinitionBody.FromString("""
                        { "StartAt": "Call", "States": { "Call": { "Type": "Task", "Resource": "arn:aws:lambda:{|CDK203:eu-west-1|}:493817265012:function:worker", "End": true } } }
                        """),
                });
                new CfnOutput(this, "Sub", new CfnOutputProps { Value = Fn.Sub({|CDK203:"arn:${AWS::Partition}:sns:eu-west-2:${AWS::AccountId}:alerts"|}) });
                new CfnOutput(this, "Cdn", new CfnOutputProps { Value = "{\"Certificate\": \"arn:aws:acm:us-east-1:493817265012:certificate/7f3e9a21\"}" });
                new CfnOutput(this, "Text", new CfnOutputProps { Value = "{\"Region\": \"eu-west-1\", \"Note\": \"learn:aws:sns:eu-west-1:x\"}" });
        """"));

    [Fact]
    public Task FixKeepsARawStringRaw() => VerifyCS.FixAsync<HardcodedRegionCodeFix>(HardcodedRegionCodeFix.UseRegionTokenKey, InJson(""""
                new StateMachine(this, "Flow", new StateMachineProps
                {
                    DefinitionBody = DefinitionBody.FromString("""
                        {
                          "Comment": "{{not a hole}}",
                          "States": { "Call": { "Resource": "arn:aws:lambda:{|CDK203:eu-west-1|}:493817265012:function:worker" } }
                        }
                        """),
                });
        """"), InJson(""""
                new StateMachine(this, "Flow", new StateMachineProps
                {
                    DefinitionBody = DefinitionBody.FromString($$$"""
                        {
                          "Comment": "{{not a hole}}",
                          "States": { "Call": { "Resource": "arn:aws:lambda:{{{Aws.REGION}}}:493817265012:function:worker" } }
                        }
                        """),
                });
        """"));

    [Fact]
    public Task NoFixForARegionWrittenAloneThatFlowsIntoAnArn() => VerifyCS.NoFixAsync<HardcodedRegionCodeFix>(InStack("""
                var topicRegion = region.Length > 0 ? region : {|CDK203:"eu-west-1"|};
                new ArnPrincipal($"arn:aws:iam:{topicRegion}:493817265012:role/x");
                var env = new Amazon.CDK.Environment { Region = topicRegion };
        """));

    [Fact]
    public Task NoFixForConst() => VerifyCS.NoFixAsync<HardcodedRegionCodeFix>(InStack("""
                new CfnOutput(this, "Api", new CfnOutputProps { Value = Endpoint });
        """, members: """
            private const string Endpoint = {|CDK203:"https://abc.execute-api.eu-central-1.amazonaws.com/prod"|};
        """));
}
