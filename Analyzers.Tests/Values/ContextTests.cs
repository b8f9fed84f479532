using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;
using static CdkAnalyzers.Tests.TestCode;

namespace CdkAnalyzers.Tests.Values;

/// <summary>
/// Context values: <c>Node.TryGetContext("key")</c> is the app's cdk.json value for the key (which deploys unless the
/// command line sets the key), reported at the call that reads it.
/// </summary>
public class ContextTests
{
    private const string CdkJson = """
        {
          "app": "dotnet run --project src/Site/Site.csproj",
          "context": {
            "account": "123456789012",
            "bucket": "Site_Assets",
            "logs": "site-logs",
            "toolsAccount": "493817265012",
            "email": "ops@example.com",
            "platform": "arn:aws:elasticbeanstalk:us-east-1::platform/Tomcat 8 with Java 8 running on 64bit Amazon Linux",
            "stage": "dev",
            "dev": { "account": "111111111111", "bucket": "Dev_Site", "limits": { "name": "site-limits" } },
            "prod": { "account": "210987654321", "bucket": "prod-site" },
            "settings": { "nested": ["not", "read"] },
            "@aws-cdk/core:newStyleStackSynthesis": true
          }
        }
        """;

    private static (string, string)[] Files(string json) => new[] { ("/app/cdk.json", json) };

    [Fact]
    public Task AContextValueIsTheCdkJsonValue() => Verify<AccountIdAnalyzer>.AnalyzerWithFilesAsync(Stack("""
                new Role(this, "Audit", new RoleProps { AssumedBy = new AccountPrincipal((string){|CDK202:Node.TryGetContext("account")|}) });
                new Role(this, "Tools", new RoleProps { AssumedBy = new AccountPrincipal({|CDK202:Node.TryGetContext("account")|} as string ?? Aws.ACCOUNT_ID) });
                // A key cdk.json does not hold is whatever the command line gives.
                new Role(this, "Other", new RoleProps { AssumedBy = new AccountPrincipal((string)Node.TryGetContext("other")) });
        """, "IAM"), Files(CdkJson));

    [Fact]
    public Task ContextValuesReachEveryRule() => Verify<BucketNameAnalyzer>.AnalyzerWithFilesAsync(Stack("""
                new Bucket(this, "Assets", new BucketProps { BucketName = {|CDK102:(string)Node.TryGetContext("bucket")|} });
                new Bucket(this, "Logs", new BucketProps { BucketName = (string)Node.TryGetContext("logs") });
                new Bucket(this, "Archive", new BucketProps { BucketName = $"{Node.TryGetContext("logs")}-archive" });
                // A key a helper's caller gives: reported where the caller names it.
                new Bucket(this, "Site", new BucketProps { BucketName = Context({|CDK102:"bucket"|}) });
                new Bucket(this, "Audit", new BucketProps { BucketName = Context("logs") });
        """, "S3", members: """
            private string Context(string key) => (string)Node.TryGetContext(key);
        """), Files(CdkJson));

    [Fact]
    public Task AContextValuesTextIsItsToString() => Verify<PlaceholderValueAnalyzer>.AnalyzerWithFilesAsync(Stack("""
                var topic = new Topic(this, "Alerts");
                topic.AddSubscription(new EmailSubscription({|CDK204:Node.TryGetContext("email")|}.ToString()));
                topic.AddSubscription(new EmailSubscription({|CDK204:Node.TryGetContext("email")|}?.ToString() ?? "alerts@acme.io"));
        """, "SNS SNS.Subscriptions"), Files(CdkJson));

    /// <summary>What only says a value is hardcoded (CDK201, CDK203) leaves context values alone: a deploy can override them.</summary>
    [Fact]
    public Task AContextValueIsConfigurationNotCode() => Verify<HardcodedRegionAnalyzer>.AnalyzerWithFilesAsync(Stack("""
                new Amazon.CDK.AWS.ElasticBeanstalk.CfnEnvironment(this, "Env", new Amazon.CDK.AWS.ElasticBeanstalk.CfnEnvironmentProps
                {
                    ApplicationName = "site",
                    PlatformArn = Node.TryGetContext("platform").ToString(),
                });
                new Amazon.CDK.AWS.ElasticBeanstalk.CfnEnvironment(this, "Spare", new Amazon.CDK.AWS.ElasticBeanstalk.CfnEnvironmentProps
                {
                    ApplicationName = "site",
                    PlatformArn = {|CDK203:"arn:aws:elasticbeanstalk:us-east-1::platform/Tomcat 8 with Java 8 running on 64bit Amazon Linux"|},
                });
        """), Files(CdkJson));

    [Fact]
    public Task AnAccountInTheContextIsNotHardcoded() => Verify<AccountIdAnalyzer>.AnalyzerWithFilesAsync(Stack("""
                new Role(this, "Deploy", new RoleProps { AssumedBy = new AccountPrincipal((string)Node.TryGetContext("toolsAccount")) });
        """, "IAM"), Files(CdkJson));

    [Fact]
    public Task AnEntryOfAContextObjectIsWhatCdkJsonGivesThere() => Verify<AccountIdAnalyzer>.AnalyzerWithFilesAsync(Stack("""
                // The stage cdk.json names (or the code's fallback) picks the object; an override may pick another.
                var stage = Node.TryGetContext("stage") as string ?? "dev";
                var settings = (Dictionary<string, object>)Node.TryGetContext(stage);
                new Role(this, "Deploy", new RoleProps { AssumedBy = new AccountPrincipal({|CDK202:settings["account"]|}.ToString()) });
                var prod = Node.TryGetContext("prod") as IDictionary<string, object>;
                new Role(this, "Prod", new RoleProps { AssumedBy = new AccountPrincipal((string)prod!["account"]) });
        """, "IAM"), Files(CdkJson));

    [Fact]
    public Task EntriesOfContextObjectsReachEveryRule() => Verify<BucketNameAnalyzer>.AnalyzerWithFilesAsync(Stack("""
                var dev = (Dictionary<string, object>)Node.TryGetContext("dev");
                new Bucket(this, "Site", new BucketProps { BucketName = {|CDK102:(string)dev["bucket"]|} });
                var limits = (Dictionary<string, object>)dev["limits"];
                new Bucket(this, "Limits", new BucketProps { BucketName = (string)limits["name"] });
                // A key the object does not hold is whatever the command line gives.
                new Bucket(this, "Other", new BucketProps { BucketName = (string)dev["other"] });
        """, "S3"), Files(CdkJson));

    [Theory]
    [InlineData("{ \"context\": { \"bucket\": \"Site_Assets\" ")]
    [InlineData("{ \"context\": [\"Site_Assets\"] }")]
    [InlineData("{ \"app\": \"dotnet run\" }")]
    [InlineData("")]
    public Task WithoutAValidContextTheValueIsUnknown(string json) => Verify<BucketNameAnalyzer>.AnalyzerWithFilesAsync(Stack("""
                new Bucket(this, "Assets", new BucketProps { BucketName = (string)Node.TryGetContext("bucket") });
        """, "S3"), Files(json));

    [Fact]
    public Task OnlyAFileNamedCdkJsonIsRead() => Verify<BucketNameAnalyzer>.AnalyzerWithFilesAsync(Stack("""
                new Bucket(this, "Assets", new BucketProps { BucketName = (string)Node.TryGetContext("bucket") });
        """, "S3"), new[] { ("/app/cdk.context.json", "{ \"context\": { \"bucket\": \"Site_Assets\" } }") });

    [Theory]
    [InlineData("""{ "context": { "a": "x\"y\\z\/\u0041\n" } }""", "a", "x\"y\\z/A\n")]
    [InlineData("""{ "context": { "n": -1.5e3, "t": true, "f": false, "z": null } }""", "n", "-1.5e3")]
    [InlineData("""{ "context": { "t": true } }""", "t", "true")]
    [InlineData("""{ "context": { "a": "first", "a": "last" } }""", "a", "last")]
    [InlineData(" \r\n{\"context\":{\"deep\":{\"x\":[[[]]]},\"a\":\"b\"}} \n", "a", "b")]
    public void TheReaderTakesTheContextsTextValues(string json, string key, string expected)
    {
        var context = CdkContext.Parse(json);
        Assert.NotNull(context);
        Assert.Equal(expected, context!.ValueAt(key));
        Assert.Null(context.ValueAt("z"));
    }

    [Fact]
    public void ObjectsAndListsAreKeptAsWritten()
    {
        var context = CdkContext.Parse("""{ "context": { "dev": { "account": "111111111111", "azs": ["a", 2] } } }""");
        var dev = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(context!.ValueAt("dev"));
        Assert.Equal("111111111111", dev["account"]);
        Assert.Equal(new object?[] { "a", "2" }, Assert.IsAssignableFrom<IEnumerable<object?>>(dev["azs"]));
        Assert.True(CdkContext.Parse("""{ "app": "dotnet run" }""")!.IsEmpty);
    }

    [Theory]
    [InlineData("{ \"context\": { \"a\": \"b\" } } trailing")]
    [InlineData("{ \"context\": { \"a\": 'b' } }")]
    [InlineData("{ \"context\": { \"a\": \"b\", } }")]
    [InlineData("{ \"context\": { \"a\": \"line\nbreak\" } }")]
    [InlineData("{ \"context\": { \"a\": \"\\q\" } }")]
    [InlineData("{ \"context\": { \"a\": 1.2.3 } }")]
    [InlineData("{ // comment\n \"context\": {} }")]
    public void InvalidJsonGivesNoContext(string json) => Assert.Null(CdkContext.Parse(json));

    [Fact]
    public void DeeplyNestedJsonIsRefusedNotOverflowed()
        => Assert.Null(CdkContext.Parse(new string('[', 100_000) + new string(']', 100_000)));
}
