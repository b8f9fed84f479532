using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.PlaceholderValueAnalyzer>;

namespace CdkAnalyzers.Tests;

public class PlaceholderValueTests
{
    private static string InStack(string body) => TestCode.Stack("""
                var source = new Artifact_("Source");

        """ + body, "CodePipeline CodePipeline.Actions SNS SNS.Subscriptions", parameters: ", string owner = \"\"");

    [Fact]
    public Task SeedConnectionAndRepository() => VerifyCS.AnalyzerAsync(InStack("""
                new CodeStarConnectionsSourceAction(new CodeStarConnectionsSourceActionProps
                {
                    ActionName = "Source",
                    ConnectionArn = {|CDK204:"arn:aws:codestar-connections:us-east-1:493817265012:connection/example"|},
                    Owner = {|CDK204:"myorg"|},
                    Repo = {|CDK204:"myapp"|},
                    Output = source,
                });
        """));

    [Fact]
    public Task PlaceholderTextBesideAPlaceholderAccountWrittenElsewhere() => VerifyCS.AnalyzerAsync(InStack("""
                var devAccount = "111122223333";
                var topicName = {|CDK204:"TODO"|};
                Topic.FromTopicArn(this, "Alerts", $"arn:aws:sns:{Aws.REGION}:{devAccount}:{topicName}");
                Topic.FromTopicArn(this, "Same", $"arn:aws:sns:{Aws.REGION}:111122223333:TODO");
        """));

    [Theory]
    [InlineData("TODO")]
    [InlineData("REPLACE_ME")]
    [InlineData("CHANGEME")]
    [InlineData("<your-github-owner>")]
    [InlineData("your-org")]
    [InlineData("xxxx-xxxx")]
    [InlineData("my-org")]
    [InlineData("example-owner")]
    public Task PlaceholderTexts(string value) => VerifyCS.AnalyzerAsync(InStack($$"""
                new CodeStarConnectionsSourceAction(new CodeStarConnectionsSourceActionProps
                {
                    ActionName = "Source",
                    ConnectionArn = Fn.ImportValue("Connection"),
                    Owner = {|CDK204:"{{value}}"|},
                    Repo = "orders",
                    Output = source,
                });
        """));

    [Theory]
    [InlineData("arn:aws:s3:::your-bucket-name/*", "your-")]
    [InlineData("arn:aws:dynamodb:eu-west-1:493817265012:table/example-orders", "example-")]
    public Task MessageNamesThePlaceholderWord(string value, string word) => VerifyCS.AnalyzerAsync(new[] { InStack($$"""
                new Amazon.CDK.AWS.IAM.PolicyStatement(new Amazon.CDK.AWS.IAM.PolicyStatementProps { Resources = new[] { {|#0:"{{value}}"|} } });
        """) }, expected: new DiagnosticResult("CDK204", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(value, word));

    [Fact]
    public Task OwnerRepoPairsOfPipelineSources() => VerifyCS.AnalyzerAsync(InStack("""
                Amazon.CDK.Pipelines.CodePipelineSource.GitHub({|CDK204:"myorg/myapp"|}, "main");
                Amazon.CDK.Pipelines.CodePipelineSource.Connection({|CDK204:"my-org/orders"|}, "main",
                    new Amazon.CDK.Pipelines.ConnectionSourceOptions { ConnectionArn = Fn.ImportValue("Connection") });
                Amazon.CDK.Pipelines.CodePipelineSource.GitHub({|CDK204:"acme/my-app"|}, "main");
                Amazon.CDK.Pipelines.CodePipelineSource.GitHub("acme/orders", "main");
        """));

    [Fact]
    public Task MyAppAsANameOrAPathDeploys() => VerifyCS.AnalyzerAsync(InStack("""
                const string appName = "MyApp";
                new Amazon.CDK.AWS.ElasticBeanstalk.CfnApplication(this, "Application",
                    new Amazon.CDK.AWS.ElasticBeanstalk.CfnApplicationProps { ApplicationName = appName });
                Amazon.CDK.Tags.Of(this).Add("Project", "my-app");
                new Topic(this, "Events", new TopicProps { TopicName = "myapp" });
                Amazon.CDK.AWS.Lambda.Code.FromAsset("lambda/my-app");
        """));

    [Fact]
    public Task ExampleEmailSubscription() => VerifyCS.AnalyzerAsync(InStack("""
                var alerts = new Topic(this, "Alerts");
                alerts.AddSubscription(new EmailSubscription({|CDK204:"ops@example.com"|}));
                alerts.AddSubscription(new EmailSubscription("oncall@orders.io"));
                new Subscription(this, "Pager", new Amazon.CDK.AWS.SNS.SubscriptionProps { Topic = alerts, Protocol = SubscriptionProtocol.EMAIL, Endpoint = {|CDK204:"pager@example.org"|} });
                new CfnSubscription(this, "Audit", new CfnSubscriptionProps { TopicArn = alerts.TopicArn, Protocol = "email", Endpoint = {|CDK204:"audit@example.net"|} });
        """));

    [Fact]
    public Task AnEmptyAddressLeftToFillIn() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                var alerts = new Topic(this, "Alerts");
                alerts.AddSubscription(new EmailSubscription({|#0:""|}, new EmailSubscriptionProps { Json = false }));
                alerts.AddSubscription(new EmailSubscription(OnCall ?? {|#1:""|}));
                new CfnSubscription(this, "Audit", new CfnSubscriptionProps { TopicArn = alerts.TopicArn, Protocol = "email", Endpoint = {|#2:""|} });
                new Topic(this, "Quiet", new TopicProps { DisplayName = "" });
        """, "SNS SNS.Subscriptions", members: """
            private static readonly string? OnCall = System.Environment.GetEnvironmentVariable("ONCALL_EMAIL");
        """) }, expected: new[]
    {
        new DiagnosticResult("CDK204", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("", "an empty address"),
        new DiagnosticResult("CDK204", DiagnosticSeverity.Warning).WithLocation(1).WithArguments("", "an empty address"),
        new DiagnosticResult("CDK204", DiagnosticSeverity.Warning).WithLocation(2).WithArguments("", "an empty address"),
    });

    [Fact]
    public Task ExampleDomainsForZonesAndCertificates() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var zone = HostedZone.FromLookup(this, "Zone", new HostedZoneProviderProps { DomainName = {|CDK204:"example.com"|} });
                new Certificate(this, "Cert", new CertificateProps
                {
                    DomainName = $"api.{Stage}{|CDK204:.example.org|}",
                    SubjectAlternativeNames = [{|CDK204:"www.example.net"|}, "www.acme-corp.io"],
                    Validation = CertificateValidation.FromDns(zone),
                });
                new PublicHostedZone(this, "Public", new PublicHostedZoneProps { ZoneName = "orders.acme-corp.io" });
                new PublicHostedZone(this, "Docs", new PublicHostedZoneProps { ZoneName = "examples.acme-corp.io", Comment = "see example.com" });
                new PublicHostedZone(this, "Sandbox", new PublicHostedZoneProps { ZoneName = "sandbox.example.com" });
        """, "Route53 CertificateManager", members: """
            private const string Stage = "prod";
        """));

    [Fact]
    public Task PlaceholdersInTagsAndAnExampleAddressInAnOutputDeploy() => VerifyCS.AnalyzerAsync(InStack("""
                Amazon.CDK.Tags.Of(this).Add("Owner", "platform-team@example.com");
                // A tag left to fill in deploys as it is.
                Amazon.CDK.Tags.Of(this).Add("Team", "your-team");
                Amazon.CDK.Aspects.Of(this).Add(new Amazon.CDK.Tag("CostCenter", "TODO"));
                new CfnTopic(this, "Raw", new CfnTopicProps { Tags = [new Amazon.CDK.CfnTag { Key = "Owner", Value = "<owner>" }] });
                new CfnOutput(this, "Contact", new CfnOutputProps { Value = "support@example.com" });
                new Topic(this, "Alerts", new TopicProps { DisplayName = "ops@example.com" });
        """));

    [Fact]
    public Task ValuesFromContextParametersAndEnvironmentStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                new CodeStarConnectionsSourceAction(new CodeStarConnectionsSourceActionProps
                {
                    ActionName = "Source",
                    ConnectionArn = (string)Node.TryGetContext("connectionArn"),
                    Owner = owner,
                    Repo = System.Environment.GetEnvironmentVariable("REPO") ?? "orders",
                    Output = source,
                });
                new CfnOutput(this, "Doc", new CfnOutputProps { Value = "see the example in the runbook" });
        """));

    [Fact]
    public Task PlaceholderAccountLeavesTheLiteralToCdk202() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnOutput(this, "C", new CfnOutputProps { Value = "arn:aws:codestar-connections:us-east-1:123456789012:connection/example" });
        """));

    [Fact]
    public Task ExtraPatternsAreAdded() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnOutput(this, "Team", new CfnOutputProps { Value = {|CDK204:"team-placeholder"|} });
                new CfnOutput(this, "Ticket", new CfnOutputProps { Value = {|CDK204:"FIXME-123"|} });
                new CfnOutput(this, "Ok", new CfnOutputProps { Value = "orders" });
        """), editorConfig: "CDK204.extra_patterns = placeholder$, ^fixme\n");

    [Fact]
    public Task TwelveDigitsThatAreNotAnAccountDoNotHideAPlaceholder() => VerifyCS.AnalyzerAsync(InStack("""
                new Amazon.CDK.AWS.S3.Bucket(this, "Data", new Amazon.CDK.AWS.S3.BucketProps { BucketName = {|CDK204:"example-bucket-111111111111"|} });
                new Amazon.CDK.AWS.IAM.ArnPrincipal("arn:aws:iam::111111111111:role/your-role");
        """));
}
