using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.SecretInSourceAnalyzer>;

namespace CdkAnalyzers.Tests;

public class SecretInSourceTests
{
    private static string InStack(string body, string members = "") => TestCode.Stack(body, "Lambda RDS ElastiCache Amplify ECS", members);

    private static DiagnosticResult Error(int location, string what)
        => new DiagnosticResult("CDK601", DiagnosticSeverity.Error).WithLocation(location).WithArguments(what);

    private static DiagnosticResult Warning(int location, string what)
        => new DiagnosticResult("CDK601", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(what);

    [Fact]
    public Task AccessKeyIdIsAnErrorInAnyString() => VerifyCS.AnalyzerAsync(new[] { InStack("""
                var fn = new Function(this, "Api", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("api") });
                fn.AddEnvironment("UPLOAD_KEY_ID", {|#0:"AKIA2E0A8F3B244C9986"|});
                var note = $"uploads use {|#1:ASIAY34FZKBOKMUTVV7A|} for now";
                new CfnOutput(this, "Note", new CfnOutputProps { Value = note });
        """, members: """
            private const string LegacyKey = {|#2:"AKIAJ2LWPQ5XRT4YV6NB"|};
        """) }, expected: [
            Error(2, "An AWS access key id is written here"),
            Error(0, "An AWS access key id is written here"),
            Error(1, "An AWS access key id is written here"),
        ]);

    [Fact]
    public Task AccessKeyIdInVerbatimRawAndEscapedLiterals() => VerifyCS.AnalyzerAsync(new[] { InStack(""""
                var fn = new Function(this, "Api", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("api") });
                fn.AddEnvironment("A", {|#0:@"AKIA2E0A8F3B244C9986"|});
                fn.AddEnvironment("B", {|#1:"""ASIAY34FZKBOKMUTVV7A"""|});
                fn.AddEnvironment("C", {|#2:"AK\u0049AJ2LWPQ5XRT4YV6NB"|});
        """") }, expected: [
            Error(0, "An AWS access key id is written here"),
            Error(1, "An AWS access key id is written here"),
            Error(2, "An AWS access key id is written here"),
        ]);

    [Fact]
    public Task DocumentationKeyPlaceholdersAndLookalikesStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                var fn = new Function(this, "Api", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("api") });
                fn.AddEnvironment("AWS_ACCESS_KEY_ID_EXAMPLE", "AKIAIOSFODNN7EXAMPLE");
                fn.AddEnvironment("KEY_ID", "AKIAXXXXXXXXXXXXXXXX");
                fn.AddEnvironment("PREFIX", "AKIA");
                fn.AddEnvironment("LONGER", "XAKIA2E0A8F3B244C99861");
                fn.AddEnvironment("LOWER", "akia2e0a8f3b244c9986");
        """));

    [Fact]
    public Task PlainTextSecretValuesAreWarnings() => VerifyCS.AnalyzerAsync(new[] { InStack("""
                var password = SecretValue.UnsafePlainText({|#0:"s3cr3t-Passw0rd"|});
                var fromConst = SecretValue.UnsafePlainText(Token);
                var fromContext = SecretValue.UnsafePlainText((string)Node.TryGetContext("token"));
                var empty = SecretValue.UnsafePlainText("");
                var placeholder = SecretValue.UnsafePlainText("changeme");
        """, members: """
            private const string Token = {|#1:"ghp_16C7e42F292c6912E7710c838347Ae178B4a"|};
        """) }, expected: [
            Warning(0, "A secret value is written in plain text"),
            Warning(1, "A secret value is written in plain text"),
        ]);

    [Fact]
    public Task ASecretValueConstructedFromTextIsAWarning() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                new Secret(this, "Greeting", new SecretProps { SecretStringValue = new SecretValue({|CDK601:"Welcome to serverlessland!"|}) });
                new Secret(this, "Imported", new SecretProps { SecretStringValue = new SecretValue(Fn.ImportValue("shared-secret")) });
                new Secret(this, "Empty", new SecretProps { SecretStringValue = new SecretValue("") });
        """, "SecretsManager"));

    [Fact]
    public Task AVariableThatAlsoNamesASecretIsItsNameNotTheSecret() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var secretKey = "MySecret";
                new Secret(this, "Secret", new SecretProps { SecretName = secretKey });
                var parameterToken = "app-token";
                var fromParameter = StringParameter.ValueForStringParameter(this, parameterToken);
                var djangoKey = {|CDK601:"MySecretDjangoKey"|};
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string>
                    {
                        { "SECRET_KEY", secretKey },
                        { "PARAMETER_TOKEN", parameterToken },
                        { "DJANGO_SECRET_KEY", djangoKey },
                    },
                });
        """, "SecretsManager SSM Lambda"));

    [Fact]
    public Task UserNamesBesideAPasswordAreNotSecrets() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var admin = new Admin { AdminUsername = "admin" };
                var generated = new Secret(this, "Password");
                new Secret(this, "DomainJoin", new SecretProps
                {
                    SecretObjectValue = new Dictionary<string, SecretValue>
                    {
                        { "username", SecretValue.UnsafePlainText(admin.AdminUsername) },
                        { "password", generated.SecretValue },
                        { "apiToken", SecretValue.UnsafePlainText({|CDK601:"tok_0123456789abcdef"|}) },
                    },
                });
                var connection = new Dictionary<string, SecretValue>();
                connection["host"] = SecretValue.UnsafePlainText("db.internal");
                new Secret(this, "Connection", new SecretProps { SecretObjectValue = connection });
        """, "SecretsManager", types: """
            internal sealed class Admin { public string AdminUsername { get; set; } = ""; }
        """));

    [Fact]
    public Task PasswordPropertiesWithKnownValues() => VerifyCS.AnalyzerAsync(new[] { InStack("""
                new CfnDBInstance(this, "Db", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", Engine = "postgres", MasterUsername = "admin", MasterUserPassword = {|#0:"Orders2024!"|} });
                var cache = new CfnReplicationGroupProps { ReplicationGroupDescription = "cache" };
                cache.AuthToken = AuthToken;
                new CfnReplicationGroup(this, "Cache", cache);
                new CfnApp(this, "Site", new CfnAppProps { Name = "site", OauthToken = System.Environment.GetEnvironmentVariable("GITHUB_TOKEN") });
                new CfnDBInstance(this, "Placeholder", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", MasterUserPassword = "<your-password>" });
                new CfnDBInstance(this, "Resolved", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", MasterUserPassword = "{{resolve:secretsmanager:db-credentials:SecretString:password}}" });
                new Amazon.CDK.AWS.SecretsManager.CfnSecret(this, "Raw", new Amazon.CDK.AWS.SecretsManager.CfnSecretProps { SecretString = {|#2:"{\"username\":\"app\",\"password\":\"Pr0d-Pa55\"}"|} });
                new Amazon.CDK.AWS.SecretsManager.CfnSecret(this, "Empty", new Amazon.CDK.AWS.SecretsManager.CfnSecretProps { GenerateSecretString = new Amazon.CDK.AWS.SecretsManager.CfnSecret.GenerateSecretStringProperty { SecretStringTemplate = "{\"username\":\"app\"}", GenerateStringKey = "password" } });
        """, members: """
            private static readonly string AuthToken = {|#1:"cache-auth-token-0123456789"|};
        """) }, expected: [
            Warning(0, "A password is written into MasterUserPassword"),
            Warning(1, "A password is written into AuthToken"),
            Warning(2, "A secret value is written into SecretString"),
        ]);

    [Fact]
    public Task EnvironmentVariablesNamedForASecret() => VerifyCS.AnalyzerAsync(new[] { InStack("""
                var fn = new Function(this, "Api", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("api"),
                    Environment = new Dictionary<string, string>
                    {
                        ["DB_PASSWORD"] = {|#0:"hunter2"|},
                        ["PASSWORD_MIN_LENGTH"] = "12",
                        ["TOKEN_TTL_SECONDS"] = "3600",
                        ["API_KEY_HEADER"] = "x-api-key",
                        ["ORDERS_TABLE"] = "orders",
                        ["SECRET_ARN"] = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db",
                        // Where the function reads its secret: a parameter's name.
                        ["API_TOKEN"] = "/orders/prod/api-token",
                    },
                });
                fn.AddEnvironment("StripeApiKey", {|#1:"sk_live_51H8xYzAbCdEfGh"|});
                fn.AddEnvironment("SESSION_SECRET_HINT", {|#2:"Zq8#mW2!pL5vR9xT"|});
                fn.AddEnvironment("GITHUB_TOKEN", "");
                fn.AddEnvironment("JWT_SECRET", System.Environment.GetEnvironmentVariable("JWT_SECRET") ?? "");
                var settings = new Dictionary<string, string> { ["LOG_LEVEL"] = "info", ["SIGNING_SECRET"] = {|#3:"Zq9#mW2!pL5vR9xU"|} };
                foreach (var (name, value) in settings)
                    fn.AddEnvironment(name, value);
        """) }, expected: [
            Warning(0, "The environment variable DB_PASSWORD holds a secret"),
            Warning(1, "The environment variable StripeApiKey holds a secret"),
            Warning(2, "The environment variable SESSION_SECRET_HINT holds a secret"),
            Warning(3, "The environment variable SIGNING_SECRET holds a secret"),
        ]);

    [Fact]
    public Task ContainerEnvironmentsAndL1Variables() => VerifyCS.AnalyzerAsync(InStack("""
                var task = new FargateTaskDefinition(this, "Task");
                var environment = new Dictionary<string, string> { ["API_TOKEN"] = {|CDK601:"tok_live_0123456789"|} };
                task.AddContainer("App", new ContainerDefinitionOptions { Image = ContainerImage.FromRegistry("app"), Environment = environment });
                new CfnFunction(this, "L1", new CfnFunctionProps
                {
                    Role = "arn", Runtime = "python3.12", Code = new CfnFunction.CodeProperty { ZipFile = "x" },
                    Environment = new CfnFunction.EnvironmentProperty { Variables = new Dictionary<string, string> { ["SECRET_KEY"] = {|CDK601:"django-insecure-key"|} } },
                });
        """));

    [Fact]
    public Task ConnectionStringsThatCarryTheirPassword() => VerifyCS.AnalyzerAsync(new[] { InStack("""
                var fn = new Function(this, "Api", new FunctionProps
                {
                    Runtime = Runtime.DOTNET_8,
                    Handler = "Api",
                    Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string>
                    {
                        ["DB_CONNECTION"] = {|#0:"Server=db;Database=orders;User Id=app;Password=Hunter2!;"|},
                        ["DATABASE_URL"] = {|#1:"postgres://app:Hunter2!@db.internal:5432/orders"|},
                        ["READ_ONLY"] = $"Host={Host}{|#2:;Username=reader;Pwd=r3ader-Pa55|}",
                        ["FROM_SECRET"] = $"Server=db;Password={SecretValue.SecretsManager("db").UnsafeUnwrap()};",
                        ["LOCAL_DB"] = "Server=db;Integrated Security=true;",
                        ["PLACEHOLDER"] = "Server=db;Password=<your-password>;",
                        ["EMPTY"] = "Server=db;Password=;",
                        ["SITE"] = "https://docs.example.org/orders@v2",
                    },
                });
                new Amazon.CDK.AWS.SSM.StringParameter(this, "Connection", new Amazon.CDK.AWS.SSM.StringParameterProps
                {
                    StringValue = {|#3:"Server=db;User Id=app;Password=Hunter2!;"|},
                });
                new CfnOutput(this, "Url", new CfnOutputProps { Value = {|#4:"redis://default:s3cret-Pa55@cache:6379"|} });
                new CfnOutput(this, "Plain", new CfnOutputProps { Value = "Server=db;Database=orders" });
        """, members: """
            private const string Host = "db";
        """) }, expected: new[]
    {
        Warning(0, "A password is written into a connection string"),
        Warning(1, "A password is written into a connection string"),
        Warning(2, "A password is written into a connection string"),
        Warning(3, "A password is written into a connection string"),
        Warning(4, "A password is written into a connection string"),
    });

    [Fact]
    public Task OneValueUsedTwiceIsReportedOnceAtItsConst() => VerifyCS.AnalyzerAsync(InStack("""
                var a = new Function(this, "A", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("a") });
                var b = new Function(this, "B", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("b") });
                a.AddEnvironment("DB_PASSWORD", SharedPassword);
                b.AddEnvironment("DB_PASSWORD", SharedPassword);
                new CfnDBInstance(this, "Db", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", MasterUserPassword = SharedPassword });
        """, members: """
            private const string SharedPassword = {|CDK601:"Orders2024!"|};
        """));

    [Fact]
    public Task ExtraPlaceholderPatternsAreNotSecrets() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnDBInstance(this, "Db", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", MasterUserPassword = "set-me-in-console" });
        """), "CDK204.extra_patterns = ^set-me\n");
}
