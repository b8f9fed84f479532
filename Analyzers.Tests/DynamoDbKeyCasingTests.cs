using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.DynamoDbKeyCasingAnalyzer>;

namespace CdkAnalyzers.Tests;

public class DynamoDbKeyCasingTests
{
    private static string InStack(string body) => TestCode.Stack(body, "DynamoDB", parameters: ", string name = \"x\"");

    [Fact]
    public Task SeedTableWithMixedIndexKeys() => VerifyCS.AnalyzerAsync(InStack("""
                var table = new Table(this, "Orders", new TableProps
                {
                    PartitionKey = new Attribute { Name = "PK", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "SK", Type = AttributeType.STRING },
                });
                table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
                {
                    IndexName = "GSI1",
                    PartitionKey = new Attribute { {|CDK401:Name = "GSI1pk"|}, Type = AttributeType.STRING },
                    SortKey = new Attribute { {|CDK401:Name = "GSI1sk"|}, Type = AttributeType.STRING },
                });
        """));

    [Fact]
    public Task NameOutsideTheTableConvention() => VerifyCS.AnalyzerAsync(InStack("""
                var pk = new Attribute { Name = "pk", Type = AttributeType.STRING };
                var props = new TablePropsV2
                {
                    PartitionKey = pk,
                    SortKey = new Attribute { Name = "sk", Type = AttributeType.STRING },
                    GlobalSecondaryIndexes = new[]
                    {
                        new GlobalSecondaryIndexPropsV2
                        {
                            IndexName = "byStatus",
                            PartitionKey = new Attribute { {|CDK401:Name = "GSI1PK"|}, Type = AttributeType.STRING },
                        },
                    },
                };
                new TableV2(this, "Orders", props);
        """));

    [Fact]
    public Task CfnTableSchemaAndDefinitions() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnTable(this, "Raw", new CfnTableProps
                {
                    KeySchema = new[]
                    {
                        new CfnTable.KeySchemaProperty { AttributeName = "pk", KeyType = "HASH" },
                        new CfnTable.KeySchemaProperty { AttributeName = "sk", KeyType = "RANGE" },
                        new CfnTable.KeySchemaProperty { {|CDK401:AttributeName = "GSI1pk"|}, KeyType = "RANGE" },
                    },
                    AttributeDefinitions = new[]
                    {
                        new CfnTable.AttributeDefinitionProperty { AttributeName = "pk", AttributeType = "S" },
                        new CfnTable.AttributeDefinitionProperty { AttributeName = "sk", AttributeType = "S" },
                        new CfnTable.AttributeDefinitionProperty { AttributeName = "GSI1pk", AttributeType = "S" },
                    },
                });
        """));

    [Fact]
    public Task AHelperCalledOnEachPassMakesOneTablePerElement() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                foreach (var spec in Specs)
                    MakeTable(spec.Name, spec.PartitionKey, spec.SortKey);
        """, "DynamoDB", members: """
            private static readonly TableSpec[] Specs =
            [
                new("Orders", "order_id", "created_at"),
                new("Users", "userId", "createdAt"),
                new("Events", "eventId", {|CDK401:"created_at"|}),
            ];

            private Table MakeTable(string id, string partitionKey, string sortKey) => new(this, id, new TableProps
            {
                PartitionKey = new Attribute { Name = partitionKey, Type = AttributeType.STRING },
                SortKey = new Attribute { Name = sortKey, Type = AttributeType.STRING },
            });
        """, types: """
        public sealed record TableSpec(string Name, string PartitionKey, string SortKey);
        """));

    [Fact]
    public Task NamesAnElementLambdaReadsAreReportedAtTheirElement() => VerifyCS.AnalyzerAsync(InStack("""
                string[] keys = ["tenantId", "entityId", {|CDK401:"GSI1PK"|}];
                new CfnTable(this, "Entities", new CfnTableProps
                {
                    AttributeDefinitions = keys.Select(k => new CfnTable.AttributeDefinitionProperty { AttributeName = k, AttributeType = "S" }).ToArray(),
                    KeySchema = new[]
                    {
                        new CfnTable.KeySchemaProperty { AttributeName = keys[0], KeyType = "HASH" },
                        new CfnTable.KeySchemaProperty { AttributeName = keys[1], KeyType = "RANGE" },
                    },
                });
        """));

    [Fact]
    public Task TimeToLiveAttributeIsNotAKey() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnTable(this, "Raw", new CfnTableProps
                {
                    KeySchema = new[] { new CfnTable.KeySchemaProperty { AttributeName = "pk", KeyType = "HASH" } },
                    AttributeDefinitions = new[] { new CfnTable.AttributeDefinitionProperty { AttributeName = "pk", AttributeType = "S" } },
                    TimeToLiveSpecification = new CfnTable.TimeToLiveSpecificationProperty { AttributeName = "ExpiresAt", Enabled = true },
                });
        """));

    [Fact]
    public Task NamesEqualButForCaseInOneTable() => VerifyCS.AnalyzerAsync(InStack("""
                var table = new Table(this, "Orders", new TableProps
                {
                    PartitionKey = new Attribute { {|CDK401:Name = "pk"|}, Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "sk", Type = AttributeType.STRING },
                });
                table.AddLocalSecondaryIndex(new LocalSecondaryIndexProps
                {
                    IndexName = "byPk",
                    SortKey = new Attribute { {|CDK401:Name = "PK"|}, Type = AttributeType.STRING },
                });
        """));

    [Fact]
    public Task Cdk402NamesEqualButForCaseAcrossTables() => VerifyCS.AnalyzerAsync(new[]
    {
        InStack("""
                new Table(this, "Orders", new TableProps { PartitionKey = new Attribute { {|CDK402:Name = "pk"|}, Type = AttributeType.STRING } });
        """),
        """
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class Other : Construct
        {
            public Other(Construct scope, string id) : base(scope, id)
                => new Table(this, "Users", new TableProps { PartitionKey = new Amazon.CDK.AWS.DynamoDB.Attribute { {|CDK402:Name = "PK"|}, Type = AttributeType.STRING } });
        }
        """,
    });

    [Fact]
    public Task ConsistentTablesAndUnknownNamesStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                var lower = new Table(this, "Lower", new TableProps
                {
                    PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "sk", Type = AttributeType.STRING },
                });
                lower.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
                {
                    IndexName = "GSI1",
                    PartitionKey = new Attribute { Name = "gsi1pk", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "gsi1sk", Type = AttributeType.STRING },
                });
                new Table(this, "Camel", new TableProps
                {
                    PartitionKey = new Attribute { Name = "userId", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "timestamp", Type = AttributeType.NUMBER },
                });
                new Table(this, "Upper", new TableProps
                {
                    PartitionKey = new Attribute { Name = "TENANT", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "GSI2SK", Type = AttributeType.STRING },
                });
                new Table(this, "Unknown", new TableProps
                {
                    PartitionKey = new Attribute { Name = name, Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "ts", Type = AttributeType.NUMBER },
                });
        """));

    [Fact]
    public Task ConfiguredConventionWins() => VerifyCS.AnalyzerAsync(InStack("""
                new Table(this, "Orders", new TableProps
                {
                    PartitionKey = new Attribute { Name = "userId", Type = AttributeType.STRING },
                    SortKey = new Attribute { {|CDK401:Name = "created_at"|}, Type = AttributeType.STRING },
                });
        """), editorConfig: "CDK401.convention = camel\n");

    [Fact]
    public Task ConfiguredUpperAcceptsUpperSnake() => VerifyCS.AnalyzerAsync(InStack("""
                new Table(this, "Orders", new TableProps
                {
                    PartitionKey = new Attribute { Name = "PK", Type = AttributeType.STRING },
                    SortKey = new Attribute { {|CDK401:Name = "sk"|}, Type = AttributeType.STRING },
                });
                new Table(this, "Users", new TableProps { PartitionKey = new Attribute { Name = "USER_ID", Type = AttributeType.STRING } });
        """), editorConfig: "CDK401.convention = upper\n");

    [Fact]
    public Task UnknownConventionFallsBackToConsistent() => VerifyCS.AnalyzerAsync(InStack("""
                new Table(this, "Orders", new TableProps
                {
                    PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "sk", Type = AttributeType.STRING },
                });
        """), editorConfig: "CDK401.convention = kebab\n");

    [Fact]
    public Task FixRenamesToMajorityAndFixAll() => VerifyCS.FixAsync<DynamoDbKeyCasingCodeFix>(DynamoDbKeyCasingCodeFix.RenameKey, InStack("""
                var table = new Table(this, "Orders", new TableProps
                {
                    PartitionKey = new Attribute { Name = "PK", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "SK", Type = AttributeType.STRING },
                });
                table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
                {
                    IndexName = "GSI1",
                    PartitionKey = new Attribute { {|CDK401:Name = "GSI1pk"|}, Type = AttributeType.STRING },
                    SortKey = new Attribute { {|CDK401:Name = /* sort */ "GSI1sk"|}, Type = AttributeType.STRING },
                });
        """), InStack("""
                var table = new Table(this, "Orders", new TableProps
                {
                    PartitionKey = new Attribute { Name = "PK", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "SK", Type = AttributeType.STRING },
                });
                table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
                {
                    IndexName = "GSI1",
                    PartitionKey = new Attribute { Name = "GSI1PK", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = /* sort */ "GSI1SK", Type = AttributeType.STRING },
                });
        """), iterations: 2);

    [Fact]
    public Task FixRenamesSchemaAndDefinitionTogether() => VerifyCS.FixAsync<DynamoDbKeyCasingCodeFix>(DynamoDbKeyCasingCodeFix.RenameKey, InStack("""
                new CfnTable(this, "Raw", new CfnTableProps
                {
                    KeySchema = new[]
                    {
                        new CfnTable.KeySchemaProperty { AttributeName = "pk", KeyType = "HASH" },
                        new CfnTable.KeySchemaProperty { {|CDK401:AttributeName = "SortKey"|}, KeyType = "RANGE" },
                    },
                    AttributeDefinitions = new[]
                    {
                        new CfnTable.AttributeDefinitionProperty { AttributeName = "pk", AttributeType = "S" },
                        new CfnTable.AttributeDefinitionProperty { AttributeName = "SortKey", AttributeType = "S" },
                    },
                });
        """), InStack("""
                new CfnTable(this, "Raw", new CfnTableProps
                {
                    KeySchema = new[]
                    {
                        new CfnTable.KeySchemaProperty { AttributeName = "pk", KeyType = "HASH" },
                        new CfnTable.KeySchemaProperty { AttributeName = "sortkey", KeyType = "RANGE" },
                    },
                    AttributeDefinitions = new[]
                    {
                        new CfnTable.AttributeDefinitionProperty { AttributeName = "pk", AttributeType = "S" },
                        new CfnTable.AttributeDefinitionProperty { AttributeName = "sortkey", AttributeType = "S" },
                    },
                });
        """));

    [Fact]
    public Task NamesReadFromArraysAndListsByIndex() => VerifyCS.AnalyzerAsync(InStack("""
                (string Name, AttributeType Type)[] keys = [("OrderId", AttributeType.STRING), ("createdAt", AttributeType.NUMBER)];
                new Table(this, "Orders", new TableProps
                {
                    PartitionKey = new Attribute { {|CDK401:Name = keys[0].Name|}, Type = keys[0].Type },
                    SortKey = new Attribute { Name = keys[1].Name, Type = keys[1].Type },
                });

                var userKeys = new List<string> { "UserId", "signedUpAt" };
                var (sortName, sortType) = (userKeys[1], AttributeType.STRING);
                var users = new TableV2(this, "Users", new TablePropsV2
                {
                    PartitionKey = new Attribute { {|CDK401:Name = userKeys[0]|}, Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = sortName, Type = sortType },
                });
                users.AddGlobalSecondaryIndex(new GlobalSecondaryIndexPropsV2 { IndexName = "byEmail", PartitionKey = new Attribute { Name = "emailAddress", Type = AttributeType.STRING } });
        """));

    [Fact]
    public Task AConstantIndexReadsOnlyItsElement() => VerifyCS.AnalyzerAsync(InStack("""
                string[] names = ["pk", "sk", "LegacyKey"];
                new Table(this, "Orders", new TableProps
                {
                    PartitionKey = new Attribute { Name = names[0], Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = names[1], Type = AttributeType.STRING },
                });
        """));

    [Fact]
    public Task IndexKeysReadInAForLoop() => VerifyCS.AnalyzerAsync(InStack("""
                var table = new Table(this, "Orders", new TableProps
                {
                    PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "sk", Type = AttributeType.STRING },
                });
                var indexKeys = new[] { "gsi1pk", {|CDK401:"GSI2PK"|} };
                for (var i = 0; i < indexKeys.Length; i++)
                {
                    table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
                    {
                        IndexName = $"gsi{i + 1}",
                        PartitionKey = new Attribute { Name = indexKeys[i], Type = AttributeType.STRING },
                    });
                }
        """));

    private const string TableSpecs = """
            private sealed record TableSpec(string Id, string PartitionKey, string SortKey = {|CDK402:"sk"|});
            private static readonly TableSpec[] Tables = [new("Orders", {|CDK402:"PK"|}, {|CDK402:"SK"|}), new("Customers", {|CDK402:"pk"|}), new("Invoices", "invoiceId", {|CDK401:"IssuedAt"|})];
            private static readonly TableSpec[] Archives = [new("Archive", "archive_id"), new("Audit", "auditId")];
        """;

    [Fact]
    public Task TablesMadeInALoopEachHaveTheirOwnKeys() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                foreach (var spec in Tables)
                {
                    new Table(this, spec.Id, new TableProps
                    {
                        PartitionKey = new Attribute { Name = spec.PartitionKey, Type = AttributeType.STRING },
                        SortKey = new Attribute { Name = spec.SortKey, Type = AttributeType.NUMBER },
                    });
                }
                var archives = Archives.Select(a => new TableV2(this, a.Id, new TablePropsV2
                {
                    PartitionKey = new Attribute { Name = a.PartitionKey, Type = AttributeType.STRING },
                    SortKey = new Attribute { {|CDK402:Name = "sk"|}, Type = AttributeType.STRING },
                })).ToList();
        """, "DynamoDB", members: TableSpecs));

    [Fact]
    public Task ASortKeyOnlySomeElementsGiveIsTheirsAlone() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                foreach (var (name, keys) in Schemas)
                {
                    new Table(this, name, new TableProps
                    {
                        PartitionKey = new Attribute { Name = keys.Partition, Type = AttributeType.STRING },
                        SortKey = keys.Sort is null ? null : new Attribute { Name = keys.Sort, Type = AttributeType.STRING },
                    });
                }
                foreach (var spec in Specs)
                {
                    new TableV2(this, spec.Id, new TablePropsV2
                    {
                        PartitionKey = new Attribute { Name = spec.Partition, Type = AttributeType.STRING },
                        SortKey = spec.Sort is { } sort ? new Attribute { Name = sort, Type = AttributeType.STRING } : null,
                    });
                }
        """, "DynamoDB", members: """
            private sealed record Keys(string Partition, string? Sort = null);
            private sealed record Spec(string Id, string Partition, string? Sort = null);
            // Customers has one key, in its own convention; a table's keys are never mixed with another element's.
            private static readonly System.Collections.Generic.Dictionary<string, Keys> Schemas = new()
            {
                ["Orders"] = new({|CDK402:"customerId"|}, "orderId"),
                ["Customers"] = new({|CDK402:"CustomerId"|}),
            };
            private static readonly Spec[] Specs = [new("Invoices", "invoiceId", {|CDK401:"IssuedAt"|}), new("Payments", "PaymentId")];
        """));

    [Fact]
    public Task ATableMadeInALoopIsNamedByItsElementsId() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                foreach (var spec in Specs)
                    new Table(this, spec.Id, new TableProps { PartitionKey = new Attribute { Name = spec.Key, Type = AttributeType.STRING } });
        """, "DynamoDB", members: """
            private sealed record Spec(string Id, string Key);
            private static readonly Spec[] Specs = [new("Orders", {|#0:"PK"|}), new("Customers", {|#1:"pk"|})];
        """) }, expected: new[]
    {
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK402", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("PK", "pk", "Customers"),
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK402", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1).WithArguments("pk", "PK", "Orders"),
    });

    [Fact]
    public Task FixRenamesTheNameWhereTheElementWritesIt() => VerifyCS.FixAsync<DynamoDbKeyCasingCodeFix>(DynamoDbKeyCasingCodeFix.RenameKey, TestCode.Stack("""
                foreach (var spec in Specs)
                    new Table(this, spec.Id, new TableProps
                    {
                        PartitionKey = new Attribute { Name = spec.PartitionKey, Type = AttributeType.STRING },
                        SortKey = new Attribute { Name = spec.SortKey, Type = AttributeType.STRING },
                    });
        """, "DynamoDB", members: """
            private sealed record Spec(string Id, string PartitionKey, string SortKey);
            private static readonly Spec[] Specs = [new("Orders", "orderId", "createdAt"), new("Invoices", "invoiceId", {|CDK401:"IssuedAt"|})];
        """), TestCode.Stack("""
                foreach (var spec in Specs)
                    new Table(this, spec.Id, new TableProps
                    {
                        PartitionKey = new Attribute { Name = spec.PartitionKey, Type = AttributeType.STRING },
                        SortKey = new Attribute { Name = spec.SortKey, Type = AttributeType.STRING },
                    });
        """, "DynamoDB", members: """
            private sealed record Spec(string Id, string PartitionKey, string SortKey);
            private static readonly Spec[] Specs = [new("Orders", "orderId", "createdAt"), new("Invoices", "invoiceId", "issuedAt")];
        """), nonLocal: true);

    [Fact]
    public Task TablesMadeInALambdaOverSpecsEachHaveTheirOwnKeys() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var tables = Specs.ToDictionary(t => t.Name, t => new Table(this, t.Name, new TableProps
                {
                    PartitionKey = new Attribute { Name = t.PartitionKey, Type = AttributeType.STRING },
                    SortKey = t.SortKey is null ? null : new Attribute { Name = t.SortKey, Type = AttributeType.STRING },
                }));
        """, "DynamoDB", members: """
            private sealed record Spec(string Name, string PartitionKey, string? SortKey = null);
            private static readonly Spec[] Specs = [new("Products", {|CDK402:"productId"|}, "variantId"), new("Events", "event_id", "created_at"), new("Reviews", {|CDK401:"ProductId"|}, "reviewId")];
        """));

    [Fact]
    public Task TablesMadeInALoopOverADictionaryEachHaveTheirOwnKeys() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                foreach (var (name, (partitionKey, sortKey)) in Tables)
                {
                    new Table(this, name, new TableProps
                    {
                        PartitionKey = new Attribute { Name = partitionKey, Type = AttributeType.STRING },
                        SortKey = new Attribute { Name = sortKey, Type = AttributeType.STRING },
                    });
                }
        """, "DynamoDB", members: """
            private static readonly Dictionary<string, (string PartitionKey, string SortKey)> Tables = new()
            {
                ["Orders"] = ("orderId", {|#0:"sk"|}),
                ["Events"] = ("PK", {|#1:"SK"|}),
            };
        """) }, expected: new[]
    {
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK402", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("sk", "SK", "Events"),
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK402", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1).WithArguments("SK", "sk", "Orders"),
    });

    [Fact]
    public Task ALeadingUnderscoreIsAMarkerNotACasing() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                new Table(this, "Locks", new TableProps { PartitionKey = new Attribute { Name = "_id", Type = AttributeType.STRING } });
                new Table(this, "Documents", new TableProps
                {
                    PartitionKey = new Attribute { Name = "_id", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "version", Type = AttributeType.NUMBER },
                });
                var events = new Table(this, "Events", new TableProps
                {
                    PartitionKey = new Attribute { {|#0:Name = "__type"|}, Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "CreatedAt", Type = AttributeType.STRING },
                });
                events.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps { IndexName = "ByUpdate", PartitionKey = new Attribute { Name = "UpdatedAt", Type = AttributeType.STRING } });
        """, "DynamoDB") }, expected: new[]
    {
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK401", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("__type", "does not follow the table's Pascal convention; rename it to '__Type'"),
    });

    [Fact]
    public Task TablesMadeByAHelperEachHaveTheirOwnKeys() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                MakeTable("Orders", "orderId", "createdAt");
                MakeTable("Events", "event_id", "created_at");
                MakeTable("Invoices", {|CDK401:"InvoiceId"|}, "issuedAt");
                new KeyedTable(this, "Sessions", "pk");
                new KeyedTable(this, "Users", {|CDK401:"UserId"|});
        """, "DynamoDB", types: """
            public sealed class KeyedTable : Construct
            {
                public KeyedTable(Construct scope, string id, string partitionKey) : base(scope, id)
                {
                    new Table(this, "Table", new TableProps
                    {
                        PartitionKey = new Attribute { Name = partitionKey, Type = AttributeType.STRING },
                        SortKey = new Attribute { Name = "sk", Type = AttributeType.STRING },
                    });
                }
            }
        """, members: """
            private Table MakeTable(string id, string partitionKey, string sortKey) => new(this, id, new TableProps
            {
                PartitionKey = new Attribute { Name = partitionKey, Type = AttributeType.STRING },
                SortKey = new Attribute { Name = sortKey, Type = AttributeType.STRING },
            });
        """));

    [Fact]
    public Task NoFixWhereTheNameIsNotWrittenAtTheUse() => VerifyCS.NoFixAsync<DynamoDbKeyCasingCodeFix>(InStack("""
                (string Name, AttributeType Type)[] keys = [("OrderId", AttributeType.STRING), ("createdAt", AttributeType.NUMBER)];
                new Table(this, "Orders", new TableProps
                {
                    PartitionKey = new Attribute { {|CDK401:Name = keys[0].Name|}, Type = keys[0].Type },
                    SortKey = new Attribute { Name = keys[1].Name, Type = keys[1].Type },
                });
        """));

    [Theory]
    [InlineData("GSI1pk", "lower", "gsi1pk")]
    [InlineData("GSI1pk", "UPPER", "GSI1PK")]
    [InlineData("GSI1pk", "camel", "gsi1Pk")]
    [InlineData("user_id", "Pascal", "UserId")]
    [InlineData("UserId", "snake", "user_id")]
    [InlineData("userId", "UPPER_SNAKE", "USER_ID")]
    public void ConvertsBetweenConventions(string name, string target, string expected)
    {
        var casing = System.Linq.Enumerable.Single(DynamoDbKeyCasingAnalyzer.Casing.All, c => c.Name == target);
        Assert.Equal(expected, DynamoDbKeyCasingAnalyzer.Casing.Convert(name, casing));
    }

    private const string KeyHelper = """
            private static Attribute Key(string name) => new() { Name = name, Type = AttributeType.STRING };
        """;

    [Fact]
    public Task NameGivenToAHelperIsReportedAtTheCall() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var orders = new Table(this, "Orders", new TableProps { PartitionKey = Key("PK"), SortKey = Key({|CDK401:"sk"|}) });
                orders.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps { IndexName = "GSI1", PartitionKey = Key("GSI1PK") });
                new TableV2(this, "Users", new TablePropsV2 { PartitionKey = Key("userId"), SortKey = Key({|CDK401:"created_at"|}) });
        """, "DynamoDB", members: KeyHelper));

    [Fact]
    public Task FixRenamesTheHelpersArgument() => VerifyCS.FixAsync<DynamoDbKeyCasingCodeFix>(DynamoDbKeyCasingCodeFix.RenameKey, TestCode.Stack("""
                var orders = new Table(this, "Orders", new TableProps { PartitionKey = Key("PK"), SortKey = Key({|CDK401:"sk"|}) });
                orders.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps { IndexName = "GSI1", PartitionKey = Key("GSI1PK") });
        """, "DynamoDB", members: KeyHelper), TestCode.Stack("""
                var orders = new Table(this, "Orders", new TableProps { PartitionKey = Key("PK"), SortKey = Key("SK") });
                orders.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps { IndexName = "GSI1", PartitionKey = Key("GSI1PK") });
        """, "DynamoDB", members: KeyHelper));

    /// <summary>A fluent table builder whose keys default to PK/SK and whose index list each chain fills.</summary>
    private const string TableBuilderType = """
        public sealed class TableBuilder(Construct scope, string id)
        {
            private readonly List<(string Name, string Pk)> _indexes = [];
            private string _pk = "PK";
            private string _sk = "SK";

            public TableBuilder WithKeys(string pk, string sk) { _pk = pk; _sk = sk; return this; }
            public TableBuilder WithIndex(string name, string pk) { _indexes.Add((name, pk)); return this; }

            public Table Build()
            {
                var table = new Table(scope, id, new TableProps { PartitionKey = new Attribute { Name = _pk, Type = AttributeType.STRING }, SortKey = new Attribute { Name = _sk, Type = AttributeType.STRING } });
                foreach (var (name, pk) in _indexes)
                    table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps { IndexName = name, PartitionKey = new Attribute { Name = pk, Type = AttributeType.STRING } });
                return table;
            }
        }
        """;

    [Fact]
    public Task ABuildersKeysAreWhatItsChainSetsNotItsDefaults() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var orders = new TableBuilder(this, "Orders").WithKeys("PK", "SK").WithIndex("GSI1", "GSI1PK").WithIndex("GSI2", "GSI2PK").Build();
                var users = new TableBuilder(this, "Users").WithKeys("userId", "signedUpAt").WithIndex("byEmail", {|CDK401:"email_address"|}).Build();
                var events = new TableBuilder(this, "Events").WithKeys("eventId", "occurredAt").Build();
                var audit = new TableBuilder(this, "Audit").WithIndex("GSI1", "GSI1PK").Build();
        """, "DynamoDB", types: TableBuilderType));

    [Fact]
    public Task ABuildersFieldSetFromItsConstructorIsWhatEachCreationGives() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var users = new KeyedBuilder(this, "Users", "userId").Build();
                var orders = new KeyedBuilder(this, "Orders", "orderId").Sorted("placedAt").Build();
                var events = new KeyedBuilder(this, "Events", {|CDK401:"event_id"|}).Build();
        """, "DynamoDB", types: """
        public sealed class KeyedBuilder(Construct scope, string id, string partitionKey)
        {
            private readonly string _pk = partitionKey;
            private string _sk = "createdAt";

            public KeyedBuilder Sorted(string sk) { _sk = sk; return this; }

            public Table Build()
            {
                var table = new Table(scope, id, new TableProps { PartitionKey = new Attribute { Name = _pk, Type = AttributeType.STRING }, SortKey = new Attribute { Name = _sk, Type = AttributeType.STRING } });
                table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps { IndexName = "byTenant", PartitionKey = new Attribute { Name = "tenantId", Type = AttributeType.STRING } });
                return table;
            }
        }
        """));

    [Fact]
    public Task ABuilderHeldInALocalIsWhatItsStatementsSet() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var orders = new TableBuilder(this, "Orders");
                orders.WithKeys("PK", "SK");
                orders.WithIndex("GSI1", "GSI1PK");
                var ordersTable = orders.Build();
                var users = new TableBuilder(this, "Users").WithKeys("userId", "signedUpAt");
                users.WithIndex("byEmail", {|CDK401:"email_address"|});
                var usersTable = users.Build();
        """, "DynamoDB", types: TableBuilderType));

    [Fact]
    public Task ABuilderHeldInALocalAndCalledInALoopHasWhatEachPassAdds() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var orders = new TableBuilder(this, "Orders").WithKeys("PK", "SK");
                foreach (var gsi in new[] { "GSI1", "GSI2" })
                    orders.WithIndex(gsi, gsi + "PK");
                var ordersTable = orders.Build();
                var users = new TableBuilder(this, "Users").WithKeys("userId", "createdAt");
                foreach (var (name, pk) in new[] { ("byEmail", {|CDK401:"email_address"|}), ("byPhone", "phoneNumber") })
                    users.WithIndex(name, pk);
                var usersTable = users.Build();
        """, "DynamoDB", types: TableBuilderType));

    [Fact]
    public Task TablesABuilderMakesAreNamedByTheIdEachCreationGives() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                var orders = new KeyBuilder(this, "Orders").Build();
                var events = new KeyBuilder(this, "Events").WithKey({|#1:"PK"|}).Build();
        """, "DynamoDB", types: """
        public sealed class KeyBuilder(Construct scope, string id)
        {
            private string _pk = "pk";
            public KeyBuilder WithKey(string pk) { _pk = pk; return this; }
            public Table Build() => new(scope, id, new TableProps { PartitionKey = new Attribute { {|#0:Name = _pk|}, Type = AttributeType.STRING } });
        }
        """) }, expected: new[]
    {
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK402", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("pk", "PK", "Events"),
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK402", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1).WithArguments("PK", "pk", "Orders"),
    });

    [Fact]
    public Task ABuilderHeldInALocalAndCalledInABranchMayHaveEitherKeys() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var legacy = Node.TryGetContext("legacy") is not null;
                var users = new TableBuilder(this, "Users");
                if (legacy)
                    users.WithKeys({|CDK401:"user_id"|}, "createdAt");
                else
                    users.WithKeys("userId", "createdAt");
                var usersTable = users.Build();
                var orders = new TableBuilder(this, "Orders");
                if (legacy)
                    orders.WithIndex("GSI1", "GSI1PK");
                var ordersTable = orders.Build();
        """, "DynamoDB", types: TableBuilderType));

    [Fact]
    public Task IndexesMadeByOneHelperCalledTwiceAreTwoIndexes() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                new TableV2(this, "Orders", new TablePropsV2
                {
                    PartitionKey = Key("pk"),
                    SortKey = Key("sk"),
                    GlobalSecondaryIndexes = [Index("byCustomer", "gsi1pk", "gsi1sk"), Index("byStatus", {|CDK401:"GSI2PK"|}, "gsi2sk")],
                });
        """, "DynamoDB", members: KeyHelper + "\n" + """
            private static GlobalSecondaryIndexPropsV2 Index(string name, string pk, string sk) => new() { IndexName = name, PartitionKey = Key(pk), SortKey = Key(sk) };
        """));

    [Fact]
    public Task IndexesAddedWhereAHelpersTableIsHeldOrWhereItIsHandedOn() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var orders = MakeTable("Orders");
                orders.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps { IndexName = "GSI1", PartitionKey = Key({|CDK401:"GSI9pk"|}) });
                var users = MakeTable("Users");
                users.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps { IndexName = "GSI8", PartitionKey = Key("GSI8PK") });
                var events = new Table(this, "Events", new TableProps { PartitionKey = Key("PK"), SortKey = Key("SK") });
                AddIndexes(events, "GSI1", "GSI2", "GSI3");
                var audit = new Table(this, "Audit", new TableProps { PartitionKey = Key("PK"), SortKey = Key("SK") });
                AddIndexes(audit, "GSI1", "GSI2", "byEmail");
        """, "DynamoDB", members: KeyHelper + "\n" + """
            private Table MakeTable(string id) => new Table(this, id, new TableProps { PartitionKey = Key("PK"), SortKey = Key("SK") });

            private static void AddIndexes(Table table, params string[] names)
            {
                foreach (var name in names)
                    table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps { IndexName = name, PartitionKey = Key({|CDK401:$"{name}PK"|}) });
            }
        """));

    [Fact]
    public Task FixRenamesTheElementOfTheListASchemaIsFilledFrom() => VerifyCS.FixAsync<DynamoDbKeyCasingCodeFix>(DynamoDbKeyCasingCodeFix.RenameKey, InStack("""
                var definitions = new List<CfnTable.AttributeDefinitionProperty>();
                var schema = new List<CfnTable.KeySchemaProperty>();
                foreach (var (key, role) in new[] { ("userId", "HASH"), ({|CDK401:"created_at"|}, "RANGE") })
                {
                    definitions.Add(new CfnTable.AttributeDefinitionProperty { AttributeName = key, AttributeType = "S" });
                    schema.Add(new CfnTable.KeySchemaProperty { AttributeName = key, KeyType = role });
                }
                new CfnTable(this, "Users", new CfnTableProps { AttributeDefinitions = definitions.ToArray(), KeySchema = schema.ToArray() });
        """), InStack("""
                var definitions = new List<CfnTable.AttributeDefinitionProperty>();
                var schema = new List<CfnTable.KeySchemaProperty>();
                foreach (var (key, role) in new[] { ("userId", "HASH"), ("createdAt", "RANGE") })
                {
                    definitions.Add(new CfnTable.AttributeDefinitionProperty { AttributeName = key, AttributeType = "S" });
                    schema.Add(new CfnTable.KeySchemaProperty { AttributeName = key, KeyType = role });
                }
                new CfnTable(this, "Users", new CfnTableProps { AttributeDefinitions = definitions.ToArray(), KeySchema = schema.ToArray() });
        """));
}
