using System.Linq;
using System.Threading.Tasks;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.ClosedServiceAnalyzer>;

namespace CdkAnalyzers.Tests;

public class ClosedServiceTests
{
    private static string InStack(string body) => TestCode.Stack(body, "Timestream QLDB");

    [Fact]
    public Task TimestreamForLiveAnalytics() => VerifyCS.AnalyzerAsync(InStack("""
                var db = {|CDK501:new CfnDatabase(this, "Db", new CfnDatabaseProps { DatabaseName = "iot" })|};
                {|CDK501:new Amazon.CDK.AWS.Timestream.CfnTable(this, "Readings", new Amazon.CDK.AWS.Timestream.CfnTableProps { DatabaseName = "iot", TableName = "readings" })|};
                {|CDK501:new CfnLedger(this, "Ledger", new CfnLedgerProps { PermissionsMode = "STANDARD" })|};
        """));

    [Fact]
    public Task TheAppsOwnSubclassOfAClosedServicesResource() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                {|CDK501:new MetricsDatabase(this, "Metrics")|};
        """, "Timestream", types: """
        public sealed class MetricsDatabase(Construct scope, string id) : CfnDatabase(scope, id, new CfnDatabaseProps { DatabaseName = "metrics" });
        """));

    [Fact]
    public Task TimestreamForInfluxDbIsOpen() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnInfluxDBInstance(this, "Influx", new CfnInfluxDBInstanceProps
                {
                    DbInstanceType = "db.influx.medium",
                    VpcSubnetIds = new[] { "subnet-1" },
                    VpcSecurityGroupIds = new[] { "sg-1" },
                });
        """));

    [Fact]
    public Task AllowedServicesStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnDatabase(this, "Db", new CfnDatabaseProps { DatabaseName = "iot" });
                {|CDK501:new CfnLedger(this, "Ledger", new CfnLedgerProps { PermissionsMode = "STANDARD" })|};
        """), editorConfig: "CDK501.allowed_services = timestream-liveanalytics\n");

    [Fact]
    public void MessageNamesDateAnnouncementAndReplacement()
    {
        var timestream = ClosedServices.All.Single(s => s.Key == "timestream-liveanalytics");
        Assert.Equal("2025-06-20", timestream.Since);
        Assert.Contains("InfluxDB", timestream.Instead);
        Assert.Equal("Amazon Timestream for LiveAnalytics availability change", timestream.Announcement);
        Assert.DoesNotContain("Amazon.CDK.AWS.Timestream.CfnInfluxDBInstance", timestream.Types);
    }

    [Fact]
    public void DataFileRejectsMalformedLines()
    {
        var error = Assert.Throws<System.FormatException>(() => EmbeddedTable.Parse("key | only three | columns", "ClosedServices.txt", 7));
        Assert.Contains("7 columns", error.Message);
    }
}
