using System.Threading.Tasks;
using Xunit;

namespace CdkAnalyzers.Tests.Values;

/// <summary>
/// Settings read with Microsoft.Extensions.Configuration from a configuration the app builds in one chain: in-memory
/// defaults are code, reported where they are written; a JSON file's values are configuration, reported at the read;
/// the last source that has a key decides, and a key no source has is a bound member's own default.
/// </summary>
public class ConfigurationTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SQS;
        using Constructs;
        using Microsoft.Extensions.Configuration;

        """;

    [Fact]
    public Task InMemoryDefaultsBoundToSettingsAreCode() => Verify<PlaceholderValueAnalyzer>.AnalyzerWithConfigurationAsync(Usings + """
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                { "AwsAccountId", {|CDK204:"TODO - Enter your AWS Account Id here"|} },
                { "AwsRegion", "eu-west-1" },
            })
            .AddEnvironmentVariables()
            .Build()
            .Get<DeploymentSettings>()!;
        var app = new App();
        new Stack(app, "Campaign", new StackProps { Env = new Amazon.CDK.Environment { Account = settings.AwsAccountId, Region = settings.AwsRegion } });
        app.Synth();

        public sealed class DeploymentSettings
        {
            public string AwsAccountId { get; set; } = "";
            public string AwsRegion { get; set; } = "";
        }
        """);

    [Fact]
    public Task JsonValuesAreReportedAtTheRead() => Verify<AccountIdAnalyzer>.AnalyzerWithConfigurationAsync(Usings + """
        IConfiguration config = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json", optional: false).Build();
        var app = new App();
        var stack = new Stack(app, "Svc", new StackProps { Env = new Amazon.CDK.Environment { Account = {|CDK202:config["Deploy:Account"]|}, Region = config.GetSection("Deploy")["Region"] } });
        new Role(stack, "Audit", new RoleProps { AssumedBy = new AccountPrincipal({|CDK202:config.GetValue<string>("Deploy:Audit")|}) });
        new Role(stack, "Tools", new RoleProps { AssumedBy = new AccountPrincipal({|CDK202:config.GetSection("deploy").GetSection("AUDIT").Value|}) });
        // An account in a settings file is configuration, not a hardcoded id; a key the file lacks is the fallback given.
        new Role(stack, "Shared", new RoleProps { AssumedBy = new AccountPrincipal(config["Deploy:Shared"]) });
        new Role(stack, "Other", new RoleProps { AssumedBy = new AccountPrincipal(config.GetValue("Deploy:Other", {|CDK202:"111111111111"|})) });
        // A key a helper's caller gives.
        new Role(stack, "Ops", new RoleProps { AssumedBy = new AccountPrincipal(Setting({|CDK202:"Deploy:Audit"|})) });
        app.Synth();

        string Setting(string key) => config[key]!;
        """, ("/app/appsettings.json", """
        {
          // Read as the JSON provider reads it: comments and trailing commas allowed.
          "Deploy": { "Account": "123456789012", "Region": "eu-west-1", "Audit": "222222222222", "Shared": "493817265012", },
          /* the tools account */
        }
        """));

    [Fact]
    public Task MembersAndListElementsOfBoundSettings() => Verify<PhysicalNameAnalyzer>.AnalyzerWithConfigurationAsync(Usings + """
        var app = new App();
        new QueuesStack(app, "Queues");
        app.Synth();

        public class Settings
        {
            public TopicSettings Topic { get; set; } = new();
            public IList<QueueSettings> Queues { get; set; } = new List<QueueSettings>();
        }

        public class TopicSettings { public string Prefix { get; set; } = ""; }

        public class QueueSettings { public string Name { get; set; } = ""; }

        public class QueuesStack : Stack
        {
            public QueuesStack(Construct scope, string id) : base(scope, id)
            {
                var configuration = new ConfigurationBuilder().AddJsonFile("appSettings.json").Build();
                var settings = configuration.Get<Settings>();
                if (settings is null)
                    return;
                new Queue(this, "Dead", new QueueProps { QueueName = {|CDK111:settings.Topic.Prefix + "-dead"|} });
                foreach (var queue in settings.Queues)
                    new Queue(this, queue.Name, new QueueProps { QueueName = {|CDK111:queue.Name|} });
            }
        }
        """, ("/app/appsettings.json", """
        { "Topic": { "Prefix": "order events" }, "Queues": [ { "Name": "billing" }, { "Name": "shipping/express" } ] }
        """));

    [Fact]
    public Task TheLastSourceWithTheKeyDecides() => Verify<BucketNameAnalyzer>.AnalyzerWithConfigurationAsync(Usings + """
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Stack:Data"] = "CHANGE_ME", ["Stack:Logs"] = {|CDK102:"Site_Logs"|} })
            .AddJsonFile("settings.json", optional: true)
            .Build();
        var app = new App();
        var stack = new Stack(app, "Site");
        var site = config.GetSection("Stack").Get<SiteSettings>() ?? new SiteSettings();
        new Bucket(stack, "Data", new BucketProps { BucketName = site.Data });
        new Bucket(stack, "Logs", new BucketProps { BucketName = site.Logs });
        new Bucket(stack, "Assets", new BucketProps { BucketName = site.Assets });
        app.Synth();

        public sealed class SiteSettings
        {
            public string Data { get; set; } = "";
            public string Logs { get; set; } = "";
            public string Assets { get; set; } = {|CDK102:"Site_Assets"|};
        }
        """, ("/app/settings.json", """
        { "Stack": { "Data": "site-data" } }
        """));

    [Fact]
    public Task NumbersOfBoundSettingsAreTheirTexts() => Verify<ReservedConcurrencyAnalyzer>.AnalyzerWithConfigurationAsync(Usings + """
        using Amazon.CDK.AWS.Lambda;

        var worker = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Worker:Concurrency"] = "50" })
            .Build()
            .GetSection("Worker").Get<WorkerSettings>()!;
        var app = new App();
        var stack = new Stack(app, "Workers");
        new Function(stack, "Worker", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|CDK103:ReservedConcurrentExecutions = worker.Concurrency|} });
        app.Synth();

        public sealed class WorkerSettings { public int Concurrency { get; set; } = 5; }
        """);

    [Fact]
    public Task BuildersFilledStatementByStatementAndManagers() => Verify<BucketNameAnalyzer>.AnalyzerWithConfigurationAsync(Usings + """
        var builder = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory);
        builder.AddJsonFile("appsettings.json");
        // A file added in a branch may be added or not: its value and the one before it.
        if (args.Length > 0)
            builder.AddJsonFile("appsettings.prod.json");
        builder.AddEnvironmentVariables();
        var config = builder.Build();
        var manager = new ConfigurationManager();
        manager.AddInMemoryCollection(new Dictionary<string, string?> { ["Bucket"] = {|CDK102:"Manager_Bucket"|} });
        var app = new App();
        var stack = new Stack(app, "Site");
        new Bucket(stack, "Data", new BucketProps { BucketName = {|CDK102:config["Bucket"]|} });
        new Bucket(stack, "Logs", new BucketProps { BucketName = {|CDK102:config["Logs"]|} });
        new Bucket(stack, "Managed", new BucketProps { BucketName = manager["Bucket"] });
        new Bucket(stack, "Other", new BucketProps { BucketName = {|CDK102:Settings()["Other"]|} });
        app.Synth();

        static IConfigurationRoot Settings()
        {
            var settings = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: false);
            return settings.Build();
        }
        """, ("/app/appsettings.json", """
        { "Bucket": "Site_Data", "Other": "Other_Data", "Logs": "site-logs" }
        """), ("/app/appsettings.prod.json", """
        { "Logs": "Prod_Logs" }
        """));

    [Fact]
    public Task SettingsDeserializedFromAJsonFile() => Verify<QueueVisibilityTimeoutAnalyzer>.AnalyzerWithConfigurationAsync(Usings + """
        using System.IO;
        using System.Text.Json;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.Lambda.EventSources;

        var web = JsonSerializer.Deserialize<WorkerSettings>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "config", "worker.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        // Without options System.Text.Json matches names as written: "timeoutSeconds" does not set TimeoutSeconds.
        var exact = JsonSerializer.Deserialize<WorkerSettings>(File.ReadAllText("worker.json"))!;
        var app = new App();
        var stack = new Stack(app, "Workers");
        foreach (var (name, settings) in new[] { {|CDK109:("Web", web)|}, ("Exact", exact) })
        {
            var queue = new Queue(stack, name + "Jobs", new QueueProps { VisibilityTimeout = Duration.Seconds(60) });
            var worker = new Function(stack, name, new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Timeout = Duration.Seconds(settings.TimeoutSeconds) });
            worker.AddEventSource(new SqsEventSource(queue));
        }
        app.Synth();

        public sealed class WorkerSettings { public int TimeoutSeconds { get; set; } = 30; }
        """, ("/app/worker.json", """
        { "timeoutSeconds": 120 }
        """));

    [Fact]
    public Task ObjectsFilledWithBind() => Verify<BucketNameAnalyzer>.AnalyzerWithConfigurationAsync(Usings + """
        var config = new ConfigurationBuilder().AddJsonFile("appsettings.json").AddEnvironmentVariables().Build();
        var site = new SiteSettings();
        config.GetSection("Site").Bind(site);
        config.Bind("Archive", Archive.Current);
        var app = new App();
        var stack = new Stack(app, "Site");
        new Bucket(stack, "Data", new BucketProps { BucketName = {|CDK102:site.Data|} });
        // The file's valid name replaces the default; a key the file lacks keeps it.
        new Bucket(stack, "Logs", new BucketProps { BucketName = site.Logs });
        new Bucket(stack, "Archive", new BucketProps { BucketName = Archive.Current.Name });
        app.Synth();

        public sealed class SiteSettings
        {
            public string Data { get; set; } = "";
            public string Logs { get; set; } = "Default_Logs";
        }

        public sealed class Archive
        {
            public static readonly Archive Current = new();
            public string Name { get; set; } = {|CDK102:"Archive_Bucket"|};
        }
        """, ("/app/appsettings.json", """
        { "Site": { "Data": "Site_Data", "Logs": "site-logs" }, "Archive": { "Other": "x" } }
        """));

    [Fact]
    public Task AFileNamedInPartIsAnyFileItsNameFits() => Verify<AccountIdAnalyzer>.AnalyzerWithConfigurationAsync(Usings + """
        var config = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json")
            .AddJsonFile($"appsettings.{System.Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")}.json", optional: true)
            .Build();
        var app = new App();
        // The development file's placeholder, or the base file's account where that file is not chosen.
        new Role(new Stack(app, "Svc"), "Deploy", new RoleProps { AssumedBy = new AccountPrincipal({|CDK202:config["Accounts:Deploy"]|}) });
        foreach (var stage in new[] { "dev", "prod" })
        {
            var staged = new ConfigurationBuilder().AddJsonFile($"accounts.{stage}.json").Build();
            // Only the files of the stages the loop runs over: not the test stage's placeholder.
            new Role(new Stack(app, $"Audit-{stage}"), "Audit", new RoleProps { AssumedBy = new AccountPrincipal(staged["Audit"]) });
        }
        app.Synth();
        """,
        ("/app/appsettings.json", """{ "Accounts": { "Deploy": "493817265012" } }"""),
        ("/app/appsettings.Development.json", """{ "Accounts": { "Deploy": "111111111111" } }"""),
        ("/app/appsettings.Production.json", """{ "Logging": { "Level": "Warning" } }"""),
        ("/app/accounts.dev.json", """{ "Audit": "493817265012" }"""),
        ("/app/accounts.prod.json", """{ "Audit": "493817265013" }"""),
        ("/app/accounts.test.json", """{ "Audit": "333333333333" }"""));

    [Fact]
    public Task ConfigurationNotBuiltInViewIsUnknown() => Verify<BucketNameAnalyzer>.AnalyzerWithConfigurationAsync(Usings + """
        var app = new App();
        app.Synth();

        public class SiteStack : Stack
        {
            public SiteStack(Construct scope, string id, IConfiguration config) : base(scope, id)
            {
                var site = config.Get<SiteSettings>()!;
                new Bucket(this, "Data", new BucketProps { BucketName = site.Data });
                new Bucket(this, "Logs", new BucketProps { BucketName = config["Logs"] });
                // Without the file passed, its values are unknown too; so is what a builder handed to a helper holds.
                var local = new ConfigurationBuilder().AddJsonFile("missing.json").Build();
                new Bucket(this, "Assets", new BucketProps { BucketName = local["Assets"] });
            }
        }

        public sealed class SiteSettings { public string Data { get; set; } = ""; }
        """);
}
