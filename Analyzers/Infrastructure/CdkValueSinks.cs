using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>A string that reaches a CDK API, with the name it is given there.</summary>
internal readonly struct SinkValue
{
    public SinkValue(Origin value, ISymbol? member, string? name, bool isPayload, bool isConstructId)
    {
        Value = value;
        Member = member;
        Name = name;
        IsPayload = isPayload;
        IsConstructId = isConstructId;
    }

    public Origin Value { get; }

    /// <summary>The parameter or property the value is given to (for an entry or element, that of its dictionary or collection).</summary>
    public ISymbol? Member { get; }

    /// <summary>The parameter, property or dictionary key the value is given as (<c>accountId</c>, <c>Account</c>, <c>"ACCOUNT"</c>).</summary>
    public string? Name { get; }

    /// <summary>Content rather than configuration: a file's body, inline code, a state machine definition.</summary>
    public bool IsPayload { get; }

    /// <summary>The id of a construct: a name in the construct tree, not a value that deploys.</summary>
    public bool IsConstructId { get; }
}

/// <summary>
/// Where a value reaches a CDK API: an argument of a CDK method or constructor, or a property of a CDK type
/// (props in object initializers and props filled in steps included), this app's constructs, stacks and props
/// classes included. Value rules (CDK201–CDK204) look at the strings found here: the value itself, or the
/// entries and elements of the dictionaries and collections passed, as the value model follows them.
/// </summary>
internal static class CdkValueSinks
{
    /// <summary>Calls <paramref name="onString"/> with each string that reaches a CDK API.</summary>
    public static void Register(CompilationStartAnalysisContext context, CdkTypes cdk, System.Action<OperationAnalysisContext, SinkValue> onString)
    {
        var payloads = new CdkMembers(cdk, PayloadMembers);

        // One callback per call or creation, not per argument: far fewer callbacks for the same arguments.
        CdkAnalyzer.RegisterInBlocks(context, ctx =>
        {
            var (method, arguments) = ctx.Operation switch
            {
                IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
                _ => (null, ImmutableArray<IArgumentOperation>.Empty),
            };
            if (arguments.IsEmpty || !cdk.IsCdkApi(method?.ContainingType))
                return;
            var isPayload = payloads.Contains(method);
            var isConstruct = method!.MethodKind == MethodKind.Constructor && cdk.IsConstruct(method.ContainingType);
            foreach (var argument in arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                    continue;
                var isId = isConstruct && argument.Parameter is { Ordinal: 1, Name: "id" };
                ForEachString(argument.Value, argument.Parameter, isPayload, isId, cdk, ctx, onString);
            }
        }, OperationKind.Invocation, OperationKind.ObjectCreation);

        CdkAnalyzer.RegisterInBlocks(context, ctx =>
        {
            var assignment = (ISimpleAssignmentOperation)ctx.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property: var property } && cdk.IsCdkApi(property.ContainingType))
                ForEachString(assignment.Value, property, payloads.Contains(property), isConstructId: false, cdk, ctx, onString);
        }, OperationKind.SimpleAssignment);
    }

    /// <summary>
    /// The string leaves of a value: the value itself, or the entries and elements of the dictionaries and
    /// collections it is. CDK objects built in place are not entered: their own arguments and properties are sinks.
    /// </summary>
    private static void ForEachString(IOperation value, ISymbol? member, bool isPayload, bool isConstructId, CdkTypes cdk, OperationAnalysisContext context,
        System.Action<OperationAnalysisContext, SinkValue> onString)
    {
        // Most values are a string or a CDK object: no walk for them.
        var valueType = ValueModel.Unwrap(value).Type;
        if (valueType?.SpecialType == SpecialType.System_String)
        {
            onString(context, new SinkValue(new Origin(value), member, member?.Name, isPayload, isConstructId));
            return;
        }
        if (valueType is null || cdk.IsCdkApi(valueType) || !cdk.Values.IsEnumerable(valueType))
            return;
        var pending = new Stack<(Origin Value, string? Name, int Depth)>();
        pending.Push((new Origin(value), member?.Name, 0));
        while (pending.Count > 0)
        {
            var (current, currentName, depth) = pending.Pop();
            // An argument of type object (AccountPrincipal's accountId) holds the string behind its conversion.
            var type = ValueModel.Unwrap(current.Operation).Type;
            if (type?.SpecialType == SpecialType.System_String)
            {
                onString(context, new SinkValue(current, member, currentName, isPayload, isConstructId));
                continue;
            }
            if (depth > 3 || type is null || cdk.IsCdkApi(type) || !cdk.Values.IsEnumerable(type))
                continue;
            if (cdk.Values.IsDictionary(type))
            {
                foreach (var entry in cdk.Values.Entries(current, context.CancellationToken).Items)
                {
                    pending.Push((entry.Key, null, depth + 1));
                    pending.Push((entry.Value, cdk.Values.KnownText(entry.Key, context.CancellationToken) ?? currentName, depth + 1));
                }
            }
            else
            {
                foreach (var element in cdk.Values.Elements(current, context.CancellationToken).Items)
                    pending.Push((element, currentName, depth + 1));
            }
        }
    }

    /// <summary>Members whose strings are content, not configuration: nothing in them is a placeholder to replace.</summary>
    private static readonly (string Type, string Member)[] PayloadMembers =
    {
        ("Amazon.CDK.AWS.S3.Deployment.Source", "Data"), ("Amazon.CDK.AWS.S3.Deployment.Source", "JsonData"),
        ("Amazon.CDK.AWS.S3.Deployment.Source", "YamlData"),
        ("Amazon.CDK.AWS.Lambda.Code", "FromInline"), ("Amazon.CDK.AWS.Lambda.InlineCode", ".ctor"),
        ("Amazon.CDK.AWS.Lambda.CfnFunction+CodeProperty", "ZipFile"),
        ("Amazon.CDK.AWS.StepFunctions.DefinitionBody", "FromString"),
        ("Amazon.CDK.AWS.StepFunctions.CfnStateMachineProps", "DefinitionString"),
        ("Amazon.CDK.AWS.StepFunctions.CfnStateMachineProps", "Definition"),
        ("Amazon.CDK.AWS.CloudFront.FunctionCode", "FromInline"), ("Amazon.CDK.AWS.Synthetics.Code", "FromInline"),
    };
}
