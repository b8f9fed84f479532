using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdkAnalyzers;

/// <summary>
/// Where names are written in the whole compilation, by their text: assignments by member name, calls by method
/// name, creations by type name. Built the first time a rule needs to look beyond one type (the writes of a public
/// property, the callers of a method, the creations of a record), from the nodes each file's walk
/// (<see cref="ScopeNames"/>) kept; the semantic model then confirms each candidate.
/// </summary>
internal sealed class SyntaxIndex
{
    private static readonly IReadOnlyList<SyntaxNode> None = new SyntaxNode[0];

    private readonly Dictionary<string, List<SyntaxNode>> _assignments = new();
    private readonly Dictionary<string, List<SyntaxNode>> _invocations = new();
    private readonly Dictionary<string, List<SyntaxNode>> _creations = new();
    private readonly List<SyntaxNode> _targetTypedCreations = new();
    private readonly Dictionary<string, List<SyntaxNode>> _constructorCalls = new();
    private readonly Dictionary<string, List<SyntaxNode>> _usesByReceiver = new();
    private readonly Dictionary<string, List<SyntaxNode>> _overrides = new();

    public SyntaxIndex(IEnumerable<ScopeNames> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var node in file.Indexed)
                Record(node);
        }
    }

    /// <summary>Whether <see cref="Record"/> may keep <paramref name="node"/>: the kinds it keys by name.</summary>
    public static bool IsIndexed(SyntaxNode node)
        => node is AssignmentExpressionSyntax or InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax
            or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax
            || (node is PropertyDeclarationSyntax or MethodDeclarationSyntax && ((MemberDeclarationSyntax)node).Modifiers.Any(SyntaxKind.OverrideKeyword));

    private void Record(SyntaxNode node)
    {
        switch (node)
        {
            case AssignmentExpressionSyntax assignment:
                RecordTarget(_assignments, assignment, assignment.Left);
                break;
            case InvocationExpressionSyntax invocation:
                RecordTarget(_invocations, invocation, invocation.Expression);
                break;
            case ObjectCreationExpressionSyntax creation when RightmostName(creation.Type) is { } type:
                Add(_creations, type, creation);
                break;
            case ImplicitObjectCreationExpressionSyntax:
                _targetTypedCreations.Add(node);
                break;
            case ConstructorInitializerSyntax initializer when ConstructedType(initializer) is { } constructed:
                Add(_constructorCalls, constructed, node);
                break;
            case PrimaryConstructorBaseTypeSyntax primary when RightmostName(primary.Type) is { } baseType:
                Add(_constructorCalls, baseType, node);
                break;
            case PropertyDeclarationSyntax property when property.Modifiers.Any(SyntaxKind.OverrideKeyword):
                Add(_overrides, property.Identifier.ValueText, property);
                break;
            case MethodDeclarationSyntax overriding when overriding.Modifiers.Any(SyntaxKind.OverrideKeyword):
                Add(_overrides, overriding.Identifier.ValueText, overriding);
                break;
        }
    }

    /// <summary>An assignment or a call, by its target's rightmost name (<c>x.Account</c>, <c>x.Add</c>) and by the variable it writes into or calls on (<c>x</c>).</summary>
    private void RecordTarget(Dictionary<string, List<SyntaxNode>> byName, SyntaxNode node, ExpressionSyntax target)
    {
        if (RightmostName(target) is { } name)
            Add(byName, name, node);
        if (ReceiverOf(target) is { } receiver)
            Add(_usesByReceiver, receiver, node);
    }

    /// <summary>Properties and methods declared <c>override</c> with the name <paramref name="member"/>.</summary>
    public IReadOnlyList<SyntaxNode> OverridesNamed(string member) => _overrides.TryGetValue(member, out var nodes) ? nodes : None;

    /// <summary>Assignments whose target's rightmost name is <paramref name="member"/> (<c>x.Account = …</c>, <c>{ Account = … }</c>).</summary>
    public IReadOnlyList<SyntaxNode> AssignmentsTo(string member) => _assignments.TryGetValue(member, out var nodes) ? nodes : None;

    /// <summary>Calls whose method's rightmost name is <paramref name="method"/>.</summary>
    public IReadOnlyList<SyntaxNode> InvocationsOf(string method) => _invocations.TryGetValue(method, out var nodes) ? nodes : None;

    /// <summary>Every way a constructor of a type named <paramref name="type"/> can be called: <c>new T(…)</c>, <c>new(…)</c>, <c>: base(…)</c>.</summary>
    public IEnumerable<SyntaxNode> ConstructorCallsOf(string type)
    {
        if (_creations.TryGetValue(type, out var nodes))
        {
            foreach (var node in nodes)
                yield return node;
        }
        foreach (var node in _targetTypedCreations)
            yield return node;
        if (_constructorCalls.TryGetValue(type, out var calls))
        {
            foreach (var node in calls)
                yield return node;
        }
    }

    /// <summary>Writes to and calls on a variable named <paramref name="receiver"/>: <c>x.P = v</c>, <c>x[k] = v</c>, <c>a.x.Add(…)</c>.</summary>
    public IReadOnlyList<SyntaxNode> UsesOfReceiver(string receiver) => _usesByReceiver.TryGetValue(receiver, out var nodes) ? nodes : None;

    /// <summary>The rightmost name of what a member access or element access is applied to.</summary>
    public static string? ReceiverOf(ExpressionSyntax target)
        => target switch
        {
            MemberAccessExpressionSyntax member => RightmostName(member.Expression),
            ElementAccessExpressionSyntax element => RightmostName(element.Expression),
            _ => null,
        };

    /// <summary>The type a <c>: this(…)</c> or <c>: base(…)</c> call constructs, by name.</summary>
    private static string? ConstructedType(ConstructorInitializerSyntax initializer)
    {
        if (initializer.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
            return null;
        return initializer.IsKind(SyntaxKind.ThisConstructorInitializer)
            ? type.Identifier.ValueText
            : type.BaseList?.Types.FirstOrDefault() is { } first ? RightmostName(first.Type) : null;
    }

    /// <summary>The name a target, callee or type ends with: <c>a.b.Name</c>, <c>Name&lt;T&gt;</c>, <c>global::N.Name</c>.</summary>
    public static string? RightmostName(SyntaxNode node)
        => node switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            MemberAccessExpressionSyntax member => RightmostName(member.Name),
            MemberBindingExpressionSyntax binding => RightmostName(binding.Name),
            ThisExpressionSyntax => "this",
            QualifiedNameSyntax qualified => RightmostName(qualified.Right),
            AliasQualifiedNameSyntax alias => RightmostName(alias.Name),
            _ => null,
        };

    internal static void Add(Dictionary<string, List<SyntaxNode>> index, string key, SyntaxNode node)
    {
        if (!index.TryGetValue(key, out var nodes))
            index[key] = nodes = new List<SyntaxNode>();
        nodes.Add(node);
    }
}

/// <summary>
/// One walk of a file, by name: the nodes that write a variable (<c>x = …</c>, <c>x++</c>, <c>ref x</c>), the nodes
/// that write into or call on one (<c>x.P = …</c>, <c>x[k] = …</c>, <c>x.Add(…)</c>), calls by method name, creations
/// (assignments by target on first need), and the nodes the compilation's <see cref="SyntaxIndex"/> keys by name.
/// The value model asks about every local, parameter and private member of a body or type; with this, each file is
/// walked once, and each question keeps the nodes inside the body or type it is about.
/// </summary>
internal sealed class ScopeNames
{
    private readonly Dictionary<string, List<SyntaxNode>> _writes = new();
    private readonly Dictionary<string, List<SyntaxNode>> _uses = new();
    private readonly List<SyntaxNode> _creations = new();
    private readonly Dictionary<string, List<SyntaxNode>> _calls = new();
    private readonly List<SyntaxNode> _indexed = new();
    private Dictionary<string, List<SyntaxNode>>? _assignments;
    private Dictionary<string, List<SyntaxNode>>? _given;

    public ScopeNames(SyntaxNode root)
    {
        SyntaxWalk.NodesUnder(root, Record);
    }

    /// <summary>The file's assignments, calls, creations, constructor calls and overrides, in the file's order.</summary>
    public IReadOnlyList<SyntaxNode> Indexed => _indexed;

    private void Record(SyntaxNode node)
    {
        if (SyntaxIndex.IsIndexed(node))
            _indexed.Add(node);
        if (node is BaseObjectCreationExpressionSyntax)
            _creations.Add(node);
        if (WrittenName(node) is { } written)
            SyntaxIndex.Add(_writes, written.Identifier.ValueText, node);
        if (Receiver(node) is { } receiver && SyntaxIndex.RightmostName(receiver) is { } name)
            SyntaxIndex.Add(_uses, name, node);
        if (node is InvocationExpressionSyntax invocation && SyntaxIndex.RightmostName(invocation.Expression) is { } method)
            SyntaxIndex.Add(_calls, method, node);
    }

    /// <summary>
    /// Assignments inside <paramref name="scope"/> whose target's rightmost name is <paramref name="member"/> (<c>Prefix = …</c>,
    /// <c>this.Prefix = …</c>). Only private fields and properties are asked about, in few files: keyed on first need
    /// (every object initializer's assignments made most of these entries).
    /// </summary>
    public IEnumerable<SyntaxNode> AssignmentsTo(string member, SyntaxNode scope)
        => Inside(LazyInitializer.EnsureInitialized(ref _assignments, () => AssignmentsIn(_indexed))!, member, scope);

    private static Dictionary<string, List<SyntaxNode>> AssignmentsIn(List<SyntaxNode> indexed)
    {
        var assignments = new Dictionary<string, List<SyntaxNode>>();
        foreach (var node in indexed)
        {
            if (node is AssignmentExpressionSyntax assignment && SyntaxIndex.RightmostName(assignment.Left) is { } member)
                SyntaxIndex.Add(assignments, member, node);
        }
        return assignments;
    }

    /// <summary>
    /// Calls inside <paramref name="scope"/> that hand a variable named <paramref name="name"/> on: as an argument
    /// (<c>AddTracing(variables)</c>) or as the receiver of a call (<c>variables.AddTracing()</c>, an extension method
    /// perhaps). Keyed on first need: few files hand a props object or a dictionary to a method.
    /// </summary>
    public IEnumerable<SyntaxNode> CallsGiven(string name, SyntaxNode scope)
        => Inside(LazyInitializer.EnsureInitialized(ref _given, () => CallsGivenIn(_indexed))!, name, scope);

    private static Dictionary<string, List<SyntaxNode>> CallsGivenIn(List<SyntaxNode> indexed)
    {
        var given = new Dictionary<string, List<SyntaxNode>>();
        foreach (var node in indexed)
        {
            if (node is not InvocationExpressionSyntax { ArgumentList.Arguments: var arguments } call)
                continue;
            foreach (var argument in arguments)
            {
                if (argument.Expression is IdentifierNameSyntax passed)
                    SyntaxIndex.Add(given, passed.Identifier.ValueText, call);
            }
            if (call.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver })
                SyntaxIndex.Add(given, receiver.Identifier.ValueText, call);
        }
        return given;
    }

    /// <summary>Nodes inside <paramref name="scope"/> that write the variable named <paramref name="name"/>.</summary>
    public IEnumerable<SyntaxNode> Writing(string name, SyntaxNode scope) => Inside(_writes, name, scope);

    /// <summary>Nodes inside <paramref name="scope"/> that write into or call on a variable named <paramref name="name"/>.</summary>
    public IEnumerable<SyntaxNode> UsesOf(string name, SyntaxNode scope) => Inside(_uses, name, scope);

    /// <summary>Calls inside <paramref name="scope"/> of a method whose name is <paramref name="method"/>.</summary>
    public IEnumerable<SyntaxNode> CallsOf(string method, SyntaxNode scope) => Inside(_calls, method, scope);

    /// <summary>
    /// The creations inside <paramref name="scope"/> that may be of a type named one of <paramref name="types"/>:
    /// <c>new T(…)</c> by name, and every target-typed <c>new(…)</c> (its type is not written).
    /// </summary>
    public IEnumerable<SyntaxNode> CreationsIn(SyntaxNode scope, ICollection<string> types)
    {
        var span = scope.Span;
        foreach (var node in _creations)
        {
            if (span.Contains(node.Span)
                && (node is not ObjectCreationExpressionSyntax creation || (SyntaxIndex.RightmostName(creation.Type) is { } name && types.Contains(name))))
            {
                yield return node;
            }
        }
    }

    private static IEnumerable<SyntaxNode> Inside(Dictionary<string, List<SyntaxNode>> index, string name, SyntaxNode scope)
    {
        if (!index.TryGetValue(name, out var nodes))
            yield break;
        var span = scope.Span;
        foreach (var node in nodes)
        {
            if (span.Contains(node.Span))
                yield return node;
        }
    }

    /// <summary>
    /// The variable a node writes, by its name. An object initializer's <c>{ Name = … }</c> writes a member of the new
    /// object, never a variable: left out (they were most of a file's entries).
    /// </summary>
    public static IdentifierNameSyntax? WrittenName(SyntaxNode node)
        => node switch
        {
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax name, Parent: not InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression or (int)SyntaxKind.WithInitializerExpression } } => name,
            AssignmentExpressionSyntax { Left: TupleExpressionSyntax tuple } => tuple.Arguments.Select(a => a.Expression).OfType<IdentifierNameSyntax>().FirstOrDefault(),
            PrefixUnaryExpressionSyntax { Operand: IdentifierNameSyntax name } unary when unary.IsKind(SyntaxKind.PreIncrementExpression) || unary.IsKind(SyntaxKind.PreDecrementExpression) => name,
            PostfixUnaryExpressionSyntax { Operand: IdentifierNameSyntax name } unary when !unary.IsKind(SyntaxKind.SuppressNullableWarningExpression) => name,
            ArgumentSyntax { Expression: IdentifierNameSyntax name } argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) => name,
            _ => null,
        };

    /// <summary>What a node writes into or calls on: <c>x</c> of <c>x.P = v</c>, <c>x[k] = v</c>, <c>x.Add(…)</c>.</summary>
    public static ExpressionSyntax? Receiver(SyntaxNode node)
        => node switch
        {
            AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax member } => member.Expression,
            AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax element } => element.Expression,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member.Expression,
            _ => null,
        };
}
