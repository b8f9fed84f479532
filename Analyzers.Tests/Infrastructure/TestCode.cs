using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace CdkAnalyzers.Tests;

/// <summary>
/// Builds test sources: a stack class around a constructor body, with the CDK usings the test names. Services are
/// short namespace names (<c>"Lambda IAM"</c> → <c>using Amazon.CDK.AWS.Lambda; using Amazon.CDK.AWS.IAM;</c>); the
/// types that clash with the framework's are aliased as an app would (<c>Function</c>, <c>Attribute</c>).
/// </summary>
internal static class TestCode
{
    /// <summary>The embedded language of test sources (markup included): editors highlight them as C#.</summary>
    public const string CSharpTest = "C#-test";

    /// <summary>
    /// A fluent builder of this app that writes each variable its caller gives into a field (needs the Lambda usings
    /// and the <c>Function</c> alias, or no framework usings).
    /// </summary>
    public const string FunctionBuilder = """
        public sealed class FunctionBuilder(Construct scope, string id)
        {
            private readonly Dictionary<string, string> _variables = new();

            public FunctionBuilder WithVariable(string key, string value)
            {
                _variables[key] = value;
                return this;
            }

            public Function Build() => new(scope, id, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = _variables,
            });
        }
        """;

    /// <summary>
    /// <c>class AppStack : Stack</c> whose constructor runs <paramref name="body"/>; <paramref name="members"/> go in
    /// the class, <paramref name="parameters"/> (<c>", string account = \"\""</c>) after the constructor's own,
    /// <paramref name="types"/> after the class.
    /// </summary>
    public static string Stack([StringSyntax(CSharpTest)] string body, string services = "", [StringSyntax(CSharpTest)] string members = "",
        [StringSyntax(CSharpTest)] string types = "", string parameters = "")
        => $$"""
        {{Usings(services)}}
        public class AppStack : Stack
        {
        {{members}}
            public AppStack(Construct scope, string id, IStackProps? stackProps = null{{parameters}}) : base(scope, id, stackProps)
            {
        {{body}}
            }
        }
        {{types}}
        """;

    /// <summary>The usings of a test source: the CDK core, Constructs, collections and the named services.</summary>
    public static string Usings(string services)
    {
        var names = services.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
        var lines = new[] { "using System;", "using System.Collections.Generic;", "using System.Linq;", "using Amazon.CDK;", "using Constructs;" }
            .Concat(names.Select(n => $"using Amazon.CDK.AWS.{n};"))
            .ToList();
        if (names.Contains("Lambda"))
            lines.Add("using Function = Amazon.CDK.AWS.Lambda.Function;");
        if (names.Contains("DynamoDB"))
            lines.Add("using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;");
        return string.Join("\n", lines) + "\n";
    }
}
