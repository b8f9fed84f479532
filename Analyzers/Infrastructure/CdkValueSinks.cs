using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>A string that reaches a CDK API, with the name it is given there.</summary>
internal sealed class SinkValue
{
    private readonly ValueModel _values;
    private ImmutableArray<StringValue> _strings;

    public SinkValue(ValueModel values, Origin value, ISymbol? member, string? name, bool isPayload)
    {
        _values = values;
        Value = value;
        Member = member;
        Name = name;
        IsPayload = isPayload;
    }

    public Origin Value { get; }

    /// <summary>The parameter or property the value is given to (for an entry or element, that of its dictionary or collection).</summary>
    public ISymbol? Member { get; }

    /// <summary>The parameter, property or dictionary key the value is given as (<c>accountId</c>, <c>Account</c>, <c>"ACCOUNT"</c>).</summary>
    public string? Name { get; }

    /// <summary>Content rather than configuration: a file's body, inline code, a state machine definition, a description.</summary>
    public bool IsPayload { get; }

    /// <summary>The strings the value may be (<see cref="ValueModel.Strings"/>), asked once for every value rule.</summary>
    public ImmutableArray<StringValue> Strings(CancellationToken cancellationToken)
    {
        if (_strings.IsDefault)
            _strings = _values.Strings(Value, cancellationToken);
        return _strings;
    }
}

/// <summary>
/// Where a value reaches a CDK API: an argument of a CDK method or constructor, or a property of a CDK type
/// (props in object initializers and props filled in steps included), this app's constructs, stacks and props
/// classes included. Value rules (CDK201–CDK204) look at the strings found here: the value itself, or the
/// entries and elements of the dictionaries and collections passed, as the value model follows them. A construct's
/// id is not collected: it names a node of the construct tree, nothing deploys under it.
/// </summary>
internal sealed class CdkValueSinks
{
    private readonly CdkTypes _cdk;
    private readonly CdkMembers _payloads;

    public CdkValueSinks(CdkTypes cdk)
    {
        _cdk = cdk;
        _payloads = new CdkMembers(cdk, PayloadMembers);
    }

    /// <summary>Calls <paramref name="onString"/> with each string that reaches a CDK API.</summary>
    public void Register(RuleRegistrations context, System.Action<OperationAnalysisContext, SinkValue> onString)
    {
        // The value rules of one analyzer share one callback per call, creation or assignment: its strings are
        // collected once and handed to each rule in turn.
        if (context.SinkValueActions is null)
        {
            context.RegisterInBlocks(ctx =>
            {
                if (SinksAt(ctx.Operation, ctx.CancellationToken) is not { } sinks)
                    return;
                var actions = context.SinkValueActions!;
                foreach (var sink in sinks)
                    actions(ctx, sink);
            }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
        }
        context.SinkValueActions += onString;
    }

    /// <summary>The strings a call, creation or assignment gives a CDK API; null when it gives none.</summary>
    private List<SinkValue>? SinksAt(IOperation operation, CancellationToken cancellationToken)
    {
        // Most calls and assignments of an app are not the CDK's, and most values given to the CDK are objects,
        // numbers or enums: nothing to collect for them. The list is made on the first string found: a collection
        // given to the CDK may hold none.
        List<SinkValue>? sinks = null;
        switch (operation)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property }, Value: var value }
                when _cdk.IsCdkApi(property.ContainingType) && MayHoldStrings(TypeOf(value)):
                AddStrings(value, property, _payloads.Contains(property) || IsFreeText(property), ref sinks, cancellationToken);
                break;
            case IInvocationOperation { TargetMethod: var method, Arguments: var arguments }
                when _cdk.IsCdkApi(method.ContainingType) && AnyMayHoldStrings(arguments):
                AddArguments(method, arguments, ref sinks, cancellationToken);
                break;
            case IObjectCreationOperation { Constructor: { } constructor, Arguments: var arguments }
                when _cdk.IsCdkApi(constructor.ContainingType) && AnyMayHoldStrings(arguments):
                AddArguments(constructor, arguments, ref sinks, cancellationToken);
                break;
        }
        return sinks;
    }

    private void AddArguments(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, ref List<SinkValue>? sinks, CancellationToken cancellationToken)
    {
        var isPayload = _payloads.Contains(method);
        foreach (var argument in arguments)
        {
            if (IsCollected(argument))
                AddStrings(argument.Value, argument.Parameter, isPayload || IsFreeText(argument.Parameter), ref sinks, cancellationToken);
        }
    }

    /// <summary>
    /// The string leaves of a value: the value itself, or the entries and elements of the dictionaries and
    /// collections it is. CDK objects built in place are not entered: their own arguments and properties are sinks.
    /// </summary>
    private void AddStrings(IOperation value, ISymbol? member, bool isPayload, ref List<SinkValue>? sinks, CancellationToken cancellationToken)
    {
        // Most values are a string or a CDK object: no walk for them.
        var valueType = TypeOf(value);
        if (valueType?.SpecialType == SpecialType.System_String)
        {
            (sinks ??= new List<SinkValue>()).Add(new SinkValue(_cdk.Values, new Origin(value), member, member?.Name, isPayload));
            return;
        }
        if (!MayHoldStrings(valueType))
            return;
        var pending = new Stack<(Origin Value, string? Name, int Depth)>();
        pending.Push((new Origin(value), member?.Name, 0));
        while (pending.Count > 0)
        {
            var (current, currentName, depth) = pending.Pop();
            var type = TypeOf(current.Operation);
            if (type?.SpecialType == SpecialType.System_String)
            {
                (sinks ??= new List<SinkValue>()).Add(new SinkValue(_cdk.Values, current, member, currentName, isPayload));
                continue;
            }
            if (depth > 3 || !MayHoldStrings(type))
                continue;
            if (_cdk.Values.IsDictionary(type))
            {
                foreach (var entry in _cdk.Values.Entries(current, cancellationToken).Items)
                {
                    pending.Push((entry.Key, null, depth + 1));
                    pending.Push((entry.Value, _cdk.Values.KnownText(entry.Key, cancellationToken) ?? currentName, depth + 1));
                }
            }
            else
            {
                foreach (var element in _cdk.Values.Elements(current, cancellationToken).Items)
                    pending.Push((element, currentName, depth + 1));
            }
        }
    }

    /// <summary>
    /// An argument of type object (AccountPrincipal's accountId) holds the string behind its conversion; a string cast
    /// from an object (<c>(string)Node.TryGetContext("account")</c>) is a string.
    /// </summary>
    private static ITypeSymbol? TypeOf(IOperation value)
    {
        while (value.Type?.SpecialType != SpecialType.System_String && value is IConversionOperation or IParenthesizedOperation)
            value = value is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)value).Operand;
        return value.Type;
    }

    /// <summary>A string, or a collection or dictionary that may hold strings (a CDK object's own props are sinks of their own).</summary>
    private bool MayHoldStrings(ITypeSymbol? type)
        => type is not null && (type.SpecialType == SpecialType.System_String || (!_cdk.IsCdkApi(type) && _cdk.Values.IsEnumerable(type)));

    private bool AnyMayHoldStrings(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (IsCollected(argument) && MayHoldStrings(TypeOf(argument.Value)))
                return true;
        }
        return false;
    }

    /// <summary>An argument written at the call (not a default), and not a construct's id.</summary>
    private bool IsCollected(IArgumentOperation argument)
        => argument.ArgumentKind != ArgumentKind.DefaultValue
            && !(argument.Parameter is { } parameter && _cdk.Values.IsConstructIdParameter(parameter));

    /// <summary>A description or comment: text for people, which deploys whatever it says (<c>Description = "TODO: add retries"</c>).</summary>
    private static bool IsFreeText(ISymbol? member) => member?.Name is "Description" or "description" or "Comment" or "comment";

    /// <summary>Members whose strings are content or labels, not configuration: nothing in them is a placeholder that fails a deploy.</summary>
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
        // Tags label resources; any text deploys as a tag ("Owner": "your-team" is left to fill in, but nothing fails).
        ("Amazon.CDK.Tags", "Add"), ("Amazon.CDK.Tag", ".ctor"), ("Amazon.CDK.CfnTag", "Value"),
    };
}
