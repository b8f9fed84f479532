using System.Threading.Tasks;
using Xunit;
using static CdkAnalyzers.Tests.TestCode;

namespace CdkAnalyzers.Tests.Values;

/// <summary>
/// Values composed from constants: interpolation, concatenation, string.Format/Join/Concat, ToLower/ToUpper. A value
/// built from a constant is reported once, at the literal that is wrong, however many composites use it.
/// </summary>
public class CompositionTests
{
    private const string Names = """
        namespace Infra;

        public static class ResourceNames
        {
            public const string Service = {|CDK102:"Orders"|};
            public const string Bucket = Service + "-data";
            public static readonly string Archive = $"{Service}-archive";
        }
        """;

    [Fact]
    public Task ConstMadeOfConstsInAnotherFileIsReportedOnceAtItsLiteral() => Verify<BucketNameAnalyzer>.AnalyzerAsync(new[]
    {
        Names,
        "using Infra;\n" + Stack("""
                new Bucket(this, "Data", new BucketProps { BucketName = ResourceNames.Bucket });
                new Bucket(this, "Archive", new BucketProps { BucketName = ResourceNames.Archive });
                new Bucket(this, "Logs", new BucketProps { BucketName = $"{ResourceNames.Service}-logs".ToLowerInvariant() });
        """, "S3"),
    });

    [Fact]
    public Task StaticReadonlyInterpolationsShareOneAccount() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                new Role(this, "Read", new RoleProps { AssumedBy = new ArnPrincipal(ReaderArn) });
                new Role(this, "Write", new RoleProps { AssumedBy = new ArnPrincipal(WriterArn) });
                new Role(this, "Root", new RoleProps { AssumedBy = new AccountPrincipal(Tooling) });
        """, "IAM", members: """
            private const string Tooling = {|CDK202:"111111111111"|};
            private static readonly string ReaderArn = $"arn:aws:iam::{Tooling}:role/reader";
            private static readonly string WriterArn = "arn:aws:iam::" + Tooling + ":role/writer";
        """));

    [Fact]
    public Task AnIntegersToStringIsItsDigits() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                new Role(this, "Audit", new RoleProps { AssumedBy = new AccountPrincipal(Audit.ToString()) });
                new Role(this, "Tools", new RoleProps { AssumedBy = new AccountPrincipal(Tools.ToString()) });
                // A double's text depends on the culture: not followed.
                new Role(this, "Other", new RoleProps { AssumedBy = new AccountPrincipal(Other.ToString()) });
        """, "IAM", members: """
            private const long Audit = {|CDK202:123456789012|};
            private const ulong Tools = {|CDK201:210987654321|};
            private const double Other = 111111111111;
        """));

    [Fact]
    public Task AlignedAndFormattedConstants() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                const int Shard = 7;
                new Bucket(this, "Shard", new BucketProps { BucketName = $"acme-shard-{Shard:D2}" });
                new Bucket(this, "Padded", new BucketProps { BucketName = {|CDK102:$"acme-{"logs",-6}"|} });
                new Bucket(this, "Wide", new BucketProps { BucketName = {|CDK102:$"acme-{Shard,3}"|} });
                new Bucket(this, "Hex", new BucketProps { BucketName = {|CDK102:$"acme-{255:X}"|} });
        """, "S3"));

    [Fact]
    public Task FormattedValuesFromLoopsAndRecords() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                for (var shard = 1; shard <= 3; shard++)
                    new Bucket(this, $"Shard{shard}", new BucketProps { BucketName = $"acme-shard-{shard:D2}" });
                foreach (var code in new[] { 10, 255 })
                    new Bucket(this, $"Code{code}", new BucketProps { BucketName = {|CDK102:$"acme-{code:X}"|} });
                var settings = new Settings(Width: 12);
                new Bucket(this, "Wide", new BucketProps { BucketName = {|CDK102:$"acme-{settings.Width,4}"|} });
                new Bucket(this, "Unknown", new BucketProps { BucketName = $"acme-{System.DateTime.UtcNow:yyyyMMdd}" });
        """, "S3", types: "record Settings(int Width);"));

    [Fact]
    public Task AStringBuilderChainIsItsPieces() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                new Bucket(this, "Exports", new BucketProps { BucketName = new StringBuilder("acme").Append({|CDK102:"-Exports"|}).ToString() });
                new Bucket(this, "Lower", new BucketProps { BucketName = new StringBuilder("acme").Append('-').Append("exports").Append(2).ToString() });
                var held = new StringBuilder("Acme");
                held.Clear();
                new Bucket(this, "Held", new BucketProps { BucketName = held.Append("logs").ToString() });
                // Appended statement by statement; in a branch, or by a method it is handed to, it is not known.
                var name = new StringBuilder("acme");
                name.Append("-").Append({|CDK102:"Reports"|});
                new Bucket(this, "Reports", new BucketProps { BucketName = name.ToString() });
                var branched = new StringBuilder("acme");
                if (Node.TryGetContext("archive") is not null)
                    branched.Append("_Archive");
                new Bucket(this, "Branched", new BucketProps { BucketName = branched.ToString() });
                var handed = new StringBuilder("acme");
                Suffix(handed);
                new Bucket(this, "Handed", new BucketProps { BucketName = handed.ToString() });
        """, "S3", members: """
            private static void Suffix(StringBuilder name) => name.Append("_Logs");
        """).Replace("using System;", "using System;\nusing System.Text;"));

    [Fact]
    public Task StringFormatJoinAndConcat() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                new Role(this, "A", new RoleProps { AssumedBy = new ArnPrincipal(string.Format("arn:aws:iam::{0}:role/{1}", {|CDK201:"493817265012"|}, "deployer")) });
                new Role(this, "B", new RoleProps { AssumedBy = new ArnPrincipal(string.Join(":", "arn", "aws", "iam", "", {|CDK202:"222222222222"|}, "root")) });
                new Role(this, "C", new RoleProps { AssumedBy = new ArnPrincipal(string.Concat("arn:aws:iam::", {|CDK202:"333333333333"|}, ":root")) });
        """, "IAM"));

    [Fact]
    public Task CultureInvariantInterpolationsAreTheirParts() => Verify<HardcodedRegionAnalyzer>.AnalyzerAsync(Stack("""
                Topic.FromTopicArn(this, "Created", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"arn:aws:sns:{Primary}:{Aws.ACCOUNT_ID}:events"));
                Topic.FromTopicArn(this, "Invariant", FormattableString.Invariant($"{|CDK203:arn:aws:sns:ap-south-1:|}{Aws.ACCOUNT_ID}:audit"));
                Topic.FromTopicArn(this, "Tokens", FormattableString.Invariant($"arn:aws:sns:{Aws.REGION}:{Aws.ACCOUNT_ID}:audit"));
                Topic.FromTopicArn(this, "Stack", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"arn:aws:sns:{this.Region}:{this.Account}:events"));
        """, "SNS", members: """
            private const string Primary = {|CDK203:"sa-east-1"|};
        """));

    [Fact]
    public Task InvariantNameIsCheckedAsItsInterpolation() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                new Bucket(this, "Media", new BucketProps { BucketName = FormattableString.Invariant($"acme-{Kind}-store") });
                new Bucket(this, "Logs", new BucketProps { BucketName = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"acme-{Kind.ToLowerInvariant()}-logs") });
        """, "S3", members: """
            private const string Kind = {|CDK102:"Media"|};
        """));

    [Fact]
    public Task FormatStringInAConstantWithHolesFilledFromFields() => Verify<HardcodedRegionAnalyzer>.AnalyzerAsync(Stack("""
                Queue.FromQueueArn(this, "Jobs", string.Format(ArnFormat, Region, Aws.ACCOUNT_ID, "jobs"));
        """, "SQS", members: """
            private const string ArnFormat = "arn:aws:sqs:{0}:{1}:{2}";
            private static readonly string Region = {|CDK203:"eu-west-1"|};
        """));

    [Fact]
    public Task ToUpperMakesANameInvalidWhereItIsCalled() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                var name = "orders-data";
                new Bucket(this, "Data", new BucketProps { BucketName = {|CDK102:name.ToUpperInvariant()|} });
                new Bucket(this, "Logs", new BucketProps { BucketName = "Orders-Logs".ToLowerInvariant() });
        """, "S3"));

    [Fact]
    public Task ReplaceWithConstantsChangesTheTextItFinds() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                new Bucket(this, "Data", new BucketProps { BucketName = $"{Service}_data".Replace('_', '-') });
                new Bucket(this, "Logs", new BucketProps { BucketName = "orders_logs".Replace("_", "-") });
                new Bucket(this, "Copy", new BucketProps { BucketName = {|CDK102:"orders-copy".Replace("-", "_")|} });
                new Bucket(this, "Raw", new BucketProps { BucketName = string.Format("media-{0}", Stage).Replace(".", "-") });
        """, "S3", members: """
            private const string Service = {|CDK102:"Orders"|};
            private const string Stage = {|CDK102:"Dev"|};
        """));

    [Fact]
    public Task EveryBranchIsRecasedAtTheCall() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                var stage = (string)Node.TryGetContext("stage");
                var name = stage == "prod" ? "Orders-Prod" : "Orders-Archive-Of-Every-Order-Placed-Since-The-Service-First-Began";
                new Bucket(this, "Data", new BucketProps { BucketName = {|CDK102:name.ToLowerInvariant()|} });
                new Bucket(this, "Copy", new BucketProps { BucketName = {|CDK102:name.ToUpperInvariant()|} });
        """, "S3"));

    [Fact]
    public Task ReservedKeyComposedFromConstants() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync(Stack("""
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                fn.AddEnvironment({|CDK101:string.Join("_", "AWS", "REGION")|}, "x");
                fn.AddEnvironment({|CDK101:$"{Prefix}LAMBDA_FUNCTION_NAME"|}, "x");
                fn.AddEnvironment({|CDK101:string.Format("{0}_{1}", "AWS", "SESSION_TOKEN")|}, "x");
        """, "Lambda", members: """
            private const string Prefix = "AWS_";
        """));

    [Fact]
    public Task PlaceholderInsideAComposedArnIsOneDiagnosticWithNoRegionOnTop() => Verify<HardcodedRegionAnalyzer>.AnalyzerAsync(Stack("""
                Topic.FromTopicArn(this, "A", string.Join(":", "arn", "aws", "sns", "us-east-1", "123456789012", "alerts"));
                Topic.FromTopicArn(this, "B", $"arn:aws:sns:{"us-east-1"}:{Aws.ACCOUNT_ID}:TODO");
        """, "SNS"));

    [Fact]
    public Task NumbersComputedFromKnownNumbersAndTimeSpans() => Verify<QueueVisibilityTimeoutAnalyzer>.AnalyzerAsync(new[] { Stack("""
                var orders = new Queue(this, "Orders", new QueueProps { {|#0:VisibilityTimeout = Duration.Minutes(1)|} });
                Worker("OrderHandler", Duration.Seconds(HandlerTimeout.TotalSeconds)).AddEventSource(new SqsEventSource(orders));
                var refunds = new Queue(this, "Refunds", new QueueProps { {|#1:VisibilityTimeout = Duration.Seconds(BaseSeconds * 2 - 5)|} });
                Worker("RefundHandler", Duration.Seconds(BaseSeconds * 2 + 10)).AddEventSource(new SqsEventSource(refunds));
                var audits = new Queue(this, "Audits", new QueueProps { VisibilityTimeout = Duration.Seconds(new System.TimeSpan(0, 5, 0).TotalSeconds) });
                Worker("AuditHandler", Duration.Seconds(BaseSeconds / 4)).AddEventSource(new SqsEventSource(audits));
        """, "Lambda Lambda.EventSources SQS", members: """
            private static readonly System.TimeSpan HandlerTimeout = System.TimeSpan.FromMinutes(2);
            private static int BaseSeconds => 40;
            private Function Worker(string name, Duration timeout) => new(this, name, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12, Handler = "h.handler", Code = Code.FromInline("x"), Timeout = timeout,
            });
        """) }, expected: new[]
    {
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK109", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments("60", "OrderHandler", "120"),
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK109", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(1).WithArguments("75", "RefundHandler", "90"),
    });

    [Fact]
    public Task ReservationsComputedWithMaxAndMin() => Verify<ReservedConcurrencyAnalyzer>.AnalyzerAsync(new[] { Stack("""
                new Function(this, "Api", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#0:ReservedConcurrentExecutions = Math.Max(PerTenant * 2, 5)|} });
                new Function(this, "Jobs", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#1:ReservedConcurrentExecutions = Math.Min(PerTenant, 4)|} });
        """, "Lambda", members: """
            private const int PerTenant = 10;
        """) }, expected: new[]
    {
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK103", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("20", "24", "0"),
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK103", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1).WithArguments("4", "24", "0"),
    });

    [Fact]
    public Task NamesAddedToInSteps() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                var archive = "acme-archive";
                archive += {|CDK102:"-EU"|};
                new Bucket(this, "Archive", new BucketProps { BucketName = archive });
                var logs = "acme-logs";
                if (Node.TryGetContext("legacy") is not null)
                    logs += {|CDK102:"_v1"|};
                new Bucket(this, "Logs", new BucketProps { BucketName = logs });
                var media = "acme-media";
                media += "-eu";
                new Bucket(this, "Media", new BucketProps { BucketName = media });
                var joined = "acme";
                foreach (var part in new[] { "a", "b" })
                    joined += "-" + part;
                new Bucket(this, "Joined", new BucketProps { BucketName = joined });
        """, "S3"));

    [Fact]
    public Task ReservationAddedToInSteps() => Verify<ReservedConcurrencyAnalyzer>.AnalyzerAsync(new[] { Stack("""
                var reserved = 10;
                reserved += 40;
                new Function(this, "Api", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#0:ReservedConcurrentExecutions = reserved|} });
        """, "Lambda") }, expected: new[]
    {
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK103", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("50", "50", "0"),
    });
}
