using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>The loops and functions code runs in, for rules that ask whether a creation runs more than once (CDK110, CDK205).</summary>
internal static class Loops
{
    /// <summary>The member, local function or lambda a node is written in: its code runs when that runs.</summary>
    public static SyntaxNode? EnclosingFunction(SyntaxNode node)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (IsFunctionBoundary(ancestor))
                return ancestor;
        }
        return null;
    }

    /// <summary>
    /// The innermost <c>for</c>, <c>foreach</c>, <c>while</c> or <c>do</c> around a node within its method, or a lambda
    /// run for each element (<c>names.Select(n =&gt; …)</c>, <c>ForEach</c>); null when there is none (another lambda or a
    /// local function ends the search). Ask again with the loop for the next one out.
    /// </summary>
    public static SyntaxNode? Around(SyntaxNode node)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (IsRunForEachElement(ancestor) || (ancestor is QueryExpressionSyntax query && IsOneCollectionQuery(query) && query.Body.Span.Contains(node.Span)))
                return ancestor;
            if (IsFunctionBoundary(ancestor))
                return null;
            if (ancestor is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax && !RunsOnceBefore(ancestor, node))
                return ancestor;
        }
        return null;
    }

    /// <summary>The node is in the part of the loop that runs once, before the first pass: a foreach's collection, a for's initializers.</summary>
    private static bool RunsOnceBefore(SyntaxNode loop, SyntaxNode node)
        => loop switch
        {
            CommonForEachStatementSyntax forEach => forEach.Expression.Span.Contains(node.Span),
            ForStatementSyntax @for => (@for.Declaration?.Span.Contains(node.Span) ?? false) || @for.Initializers.Any(i => i.Span.Contains(node.Span)),
            _ => false,
        };

    /// <summary>What a loop from <see cref="Around"/> runs over: a foreach's collection, or the collection a lambda is run for; null for other loops.</summary>
    public static ExpressionSyntax? CollectionOf(SyntaxNode loop)
        => loop switch
        {
            CommonForEachStatementSyntax forEach => forEach.Expression,
            AnonymousFunctionExpressionSyntax lambda => CollectionRunThrough(lambda),
            QueryExpressionSyntax query => query.FromClause.Expression,
            _ => null,
        };

    /// <summary>
    /// A query over one collection (<c>from name in names where … select …</c>): its clauses run once per element, as an
    /// element lambda does. Not one with a second <c>from</c>, a <c>let</c>, a <c>join</c> or an <c>into</c>.
    /// </summary>
    public static bool IsOneCollectionQuery(QueryExpressionSyntax query)
        => query.Body.Continuation is null && query.Body.SelectOrGroup is SelectClauseSyntax
            && query.Body.Clauses.All(c => c is WhereClauseSyntax or OrderByClauseSyntax);

    /// <summary>
    /// The loop a parameter is the element of: the element lambda (<see cref="CollectionRunThrough"/>) whose first
    /// parameter it is, or the query whose range variable it is (the compiler makes each clause a lambda of it); null otherwise.
    /// </summary>
    public static SyntaxNode? ElementLoopOf(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        if (parameter.Ordinal != 0 || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } function)
            return null;
        var declarations = parameter.DeclaringSyntaxReferences;
        if (declarations.Length == 1)
        {
            var lambda = declarations[0].GetSyntax(cancellationToken).Parent switch
            {
                SimpleLambdaExpressionSyntax simple => (AnonymousFunctionExpressionSyntax)simple,
                ParameterListSyntax { Parent: ParenthesizedLambdaExpressionSyntax parenthesized } => parenthesized,
                _ => null,
            };
            return lambda is not null && CollectionRunThrough(lambda) is not null ? lambda : null;
        }
        return declarations.IsEmpty && function.DeclaringSyntaxReferences.Length == 1
            && function.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).FirstAncestorOrSelf<QueryExpressionSyntax>() is { } query
            && IsOneCollectionQuery(query) && query.FromClause.Identifier.ValueText == parameter.Name
                ? query
                : null;
    }

    /// <summary>
    /// The collection a lambda is called with, once per element: <c>names.Select(n =&gt; …)</c>, <c>SelectMany</c>,
    /// <c>Where</c>, <c>ToDictionary</c>'s selectors, the predicates of <c>First</c>, <c>Single</c> and <c>Last</c>, <c>list.ForEach(…)</c> and <c>Array.ForEach(items, …)</c>; null
    /// for any other lambda. Its first parameter is the element.
    /// </summary>
    public static ExpressionSyntax? CollectionRunThrough(AnonymousFunctionExpressionSyntax lambda)
    {
        if (lambda.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } arguments } argument
            || call.Expression is not MemberAccessExpressionSyntax member)
        {
            return null;
        }
        return member.Name.Identifier.ValueText switch
        {
            "ForEach" when arguments.Arguments.Count == 2 && arguments.Arguments[0] != argument => arguments.Arguments[0].Expression,
            "Select" or "SelectMany" or "Where" or "ToDictionary" or "ForEach"
                or "First" or "FirstOrDefault" or "Single" or "SingleOrDefault" or "Last" or "LastOrDefault" => member.Expression,
            _ => null,
        };
    }

    private static bool IsRunForEachElement(SyntaxNode node)
        => node is AnonymousFunctionExpressionSyntax lambda && CollectionRunThrough(lambda) is not null;

    /// <summary>
    /// A branch, loop, try or conditional expression between the node and <paramref name="outer"/> (an ancestor; its
    /// function when null): code that may not run, or run more than once, when the code around it does.
    /// </summary>
    public static bool MayBeSkipped(SyntaxNode node, SyntaxNode? outer = null)
    {
        for (var ancestor = node.Parent; ancestor is not null && ancestor != outer && !IsFunctionBoundary(ancestor); ancestor = ancestor.Parent)
        {
            if (ancestor is ConditionalExpressionSyntax || IsBranchOrLoop(ancestor))
                return true;
        }
        return false;
    }

    public static bool IsBranchOrLoop(SyntaxNode node)
        => node is IfStatementSyntax or SwitchStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax
            or DoStatementSyntax or TryStatementSyntax;

    public static bool IsFunctionBoundary(SyntaxNode node)
        => node is MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

    /// <summary>
    /// The value reads a variable the loop declares (<c>$"Api-{stage}"</c>, or a local set in its body): it changes with
    /// each pass, even when the value model knows only one text for it (a list of one stage).
    /// </summary>
    public static bool ReadsAVariableOf(SyntaxNode loop, IOperation value)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (operation is ILocalReferenceOperation { Local: { IsConst: false } local } && Declares(loop, local))
                return true;
            if (operation is IParameterReferenceOperation { Parameter: var parameter } && Declares(loop, parameter))
                return true;
        }
        return false;
    }

    /// <summary>The elements of the known list a foreach or an element lambda from <see cref="Around"/> runs over; null when that list is not known in full.</summary>
    public static ImmutableArray<Origin>? KnownElements(SyntaxNode loop, CdkTypes cdk, CancellationToken cancellationToken)
        => CollectionOf(loop) is { } written && cdk.Values.OperationAt(written, cancellationToken) is { } collection
            && cdk.Values.Elements(new Origin(collection), cancellationToken) is { IsComplete: true } elements
                ? elements.Items
                : null;

    /// <summary>
    /// One pass (<see cref="Frame.ForPass"/>) for each element of the known list, or entry of the known dictionary, a
    /// foreach or an element lambda from <see cref="Around"/> runs over; null when the collection is not known in full.
    /// </summary>
    public static ImmutableArray<Frame>? Passes(SyntaxNode loop, CdkTypes cdk, CancellationToken cancellationToken)
    {
        if (CollectionOf(loop) is not { } written || cdk.Values.OperationAt(written, cancellationToken) is not { } collection)
            return null;
        if (cdk.Values.IsDictionary(collection.Type))
        {
            return loop is CommonForEachStatementSyntax && cdk.Values.Entries(new Origin(collection), cancellationToken) is { IsComplete: true } entries
                ? entries.Items.Select(entry => Frame.ForPass(loop, entry.Value, entry.Key)).ToImmutableArray()
                : null;
        }
        return KnownElements(loop, cdk, cancellationToken)?.Select(element => Frame.ForPass(loop, element)).ToImmutableArray();
    }

    /// <summary>
    /// The collection a loop runs over is one list written in one place, however many calls reach it. False where the
    /// callers of a helper or the creators of a stack give different lists: each of those runs over its own, and
    /// <see cref="Passes"/> lists the elements of all of them.
    /// </summary>
    public static bool RunsOverOneWrittenList(SyntaxNode loop, CdkTypes cdk, CancellationToken cancellationToken)
        => CollectionOf(loop) is { } written && cdk.Values.OperationAt(written, cancellationToken) is { } collection
            && cdk.Values.Sources(new Origin(collection), cancellationToken).Select(s => ValueModel.Unwrap(s.Operation).Syntax).Distinct().Count() == 1;

    /// <summary>
    /// How many times a loop from <see cref="Around"/> runs, when it runs over a known list, over
    /// <c>Enumerable.Range(start, count)</c>, or counts from one constant to another (<c>for (var i = 0; i &lt; 3; i++)</c>);
    /// null otherwise.
    /// </summary>
    public static int? PassesOf(SyntaxNode loop, CdkTypes cdk, CancellationToken cancellationToken)
    {
        if (loop is ForStatementSyntax counted)
            return CountedPasses(counted, cdk, cancellationToken);
        var collection = CollectionOf(loop) is { } written ? cdk.Values.OperationAt(written, cancellationToken) : null;
        // A loop over a dictionary (foreach (var (stage, account) in accounts)) runs once per entry.
        if (collection is not null && cdk.Values.IsDictionary(collection.Type))
            return cdk.Values.Entries(new Origin(collection), cancellationToken) is { IsComplete: true } entries ? entries.Items.Length : null;
        if (collection is not null && ValueModel.Unwrap(collection) is IInvocationOperation { TargetMethod: { Name: "Range", ContainingType.Name: "Enumerable" }, Arguments.Length: 2 } range
            && range.Arguments[1].Value.ConstantValue is { HasValue: true, Value: int count })
        {
            return System.Math.Max(count, 0);
        }
        return KnownElements(loop, cdk, cancellationToken)?.Length;
    }

    /// <summary>
    /// The passes of <c>for (var i = a; i &lt; b; i++)</c> (or <c>&lt;=</c>, <c>i += k</c>) with constant bounds and a
    /// counter its body does not write; null for any other <c>for</c>.
    /// </summary>
    private static int? CountedPasses(ForStatementSyntax loop, CdkTypes cdk, CancellationToken cancellationToken)
    {
        if (loop.Declaration is not { Variables: { Count: 1 } variables } || variables[0].Initializer is not { } initializer
            || loop.Condition is not BinaryExpressionSyntax condition || loop.Incrementors.Count != 1)
        {
            return null;
        }
        var counter = variables[0].Identifier.ValueText;
        var step = loop.Incrementors[0] switch
        {
            PostfixUnaryExpressionSyntax { Operand: IdentifierNameSyntax name } increment when name.Identifier.ValueText == counter && increment.IsKind(SyntaxKind.PostIncrementExpression) => 1,
            PrefixUnaryExpressionSyntax { Operand: IdentifierNameSyntax name } increment when name.Identifier.ValueText == counter && increment.IsKind(SyntaxKind.PreIncrementExpression) => 1,
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } add when name.Identifier.ValueText == counter && add.IsKind(SyntaxKind.AddAssignmentExpression)
                => Constant(add.Right) ?? 0,
            _ => 0,
        };
        if (step <= 0 || condition.Left is not IdentifierNameSyntax tested || tested.Identifier.ValueText != counter
            || Constant(initializer.Value) is not { } start || Constant(condition.Right) is not { } bound
            || loop.Statement.DescendantNodes().OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText == counter && IsWritten(n)))
        {
            return null;
        }
        var end = condition.Kind() switch
        {
            SyntaxKind.LessThanExpression => bound,
            SyntaxKind.LessThanOrEqualExpression => bound + 1,
            _ => (int?)null,
        };
        return end is { } stop ? System.Math.Max(0, (stop - start + step - 1) / step) : null;

        int? Constant(ExpressionSyntax expression)
            => cdk.Values.OperationAt(expression, cancellationToken)?.ConstantValue is { HasValue: true, Value: int value } ? value : null;

        static bool IsWritten(IdentifierNameSyntax name)
            => name.Parent is AssignmentExpressionSyntax assignment && assignment.Left == name
                || name.Parent is PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression };
    }

    /// <summary>
    /// The helper an operation is written in, which makes it once per call: a local function (also one inside a
    /// stack's constructor), a method, or the constructor of an app construct. Null for a stack's own constructor
    /// (made once, as written) and anything else.
    /// </summary>
    public static IMethodSymbol? HelperCalledPerUse(IOperation operation, ISymbol containing, CdkTypes cdk)
    {
        if (EnclosingFunction(operation.Syntax) is LocalFunctionStatementSyntax local)
            return operation.SemanticModel?.GetDeclaredSymbol(local) as IMethodSymbol;
        return containing is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.Constructor } helper
            && !(helper.MethodKind == MethodKind.Constructor && cdk.IsStack(helper.ContainingType))
                ? helper
                : null;
    }

    /// <summary>The value reads a parameter: in a helper from <see cref="HelperCalledPerUse"/>, each call gives its own.</summary>
    public static bool GivenByCall(IOperation value) => value.DescendantsAndSelf().Any(o => o is IParameterReferenceOperation);

    /// <summary>The variable is declared inside the loop (its own variable, or a local of its body): a new one on every pass.</summary>
    public static bool Declares(SyntaxNode loop, ISymbol variable)
        => (variable.DeclaringSyntaxReferences.FirstOrDefault() ?? QueryClauseOf(variable)) is { } declared && loop.Span.Contains(declared.Span);

    /// <summary>The clause a query's range variable is read in (it has no declaration of its own).</summary>
    private static SyntaxReference? QueryClauseOf(ISymbol variable)
        => variable is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } clause } ? clause.DeclaringSyntaxReferences.FirstOrDefault() : null;
}
