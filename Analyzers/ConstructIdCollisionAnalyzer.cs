using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK110: two constructs created with the same known id in the same scope (<c>this</c>, a scope variable such as
/// <c>app</c>) in one body, or one created with a constant id inside a loop around a scope from outside it.
/// Reported at the second id argument, naming the first's line. Creations in the two arms of an if/else, a switch
/// or a conditional expression (only one runs) are silent.
/// </summary>
public sealed class ConstructIdCollisionAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ConstructIdCollision);

    private readonly struct Created
    {
        public Created(IObjectCreationOperation creation, object scope, ISymbol? scopeSymbol, string id, IOperation idArgument)
        {
            Creation = creation;
            Scope = scope;
            ScopeSymbol = scopeSymbol;
            Id = id;
            IdArgument = idArgument;
        }

        public IObjectCreationOperation Creation { get; }

        /// <summary>"this", or the local, parameter or field that holds the scope.</summary>
        public object Scope { get; }

        public ISymbol? ScopeSymbol { get; }
        public string Id { get; }
        public IOperation IdArgument { get; }
    }

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        context.RegisterOperationBlockStartAction(block =>
        {
            // A plain list: the driver runs one analyzer's actions for one body in order, on one thread (start, every
            // operation, end). A ConcurrentBag made a ThreadLocal (with a finalizer) for every body of the app, and a
            // lock cost a measurable spin on every creation.
            var created = new List<Created>();
            block.RegisterOperationAction(ctx =>
            {
                var creation = (IObjectCreationOperation)ctx.Operation;
                if (!cdk.IsConstruct(creation.Type) || creation.Arguments.Length < 2
                    || ValueModel.ArgumentAt(creation.Arguments, 0) is not { } scopeArgument
                    || creation.Arguments.FirstOrDefault(a => a.Parameter is { Ordinal: 1, Name: "id" }) is not { } idArgument
                    || ScopeOf(scopeArgument.Value) is not { } scope
                    || cdk.Values.KnownText(new Origin(idArgument.Value), ctx.CancellationToken) is not { } id)
                {
                    return;
                }
                created.Add(new Created(creation, scope.Key, scope.Symbol, id, idArgument.Value));
            }, OperationKind.ObjectCreation);

            block.RegisterOperationBlockEndAction(end =>
            {
                if (created.Count == 0)
                    return;
                // Sorted by id, not grouped: most ids are used once in their body, and a grouping per id was most of
                // what this rule allocated. Only a loop around the creation can repeat such an id.
                created.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
                for (var start = 0; start < created.Count;)
                {
                    var next = start + 1;
                    while (next < created.Count && created[next].Id == created[start].Id)
                        next++;
                    if (next - start == 1)
                    {
                        ReportIfInLoop(end, created[start]);
                    }
                    else
                    {
                        foreach (var sameScope in created.Skip(start).Take(next - start).GroupBy(c => c.Scope))
                            ReportCollisions(end, sameScope);
                    }
                    start = next;
                }
            });
        });
    }

    /// <summary>The creations of one id in one scope: each one after the first that can run with an earlier one collides.</summary>
    private static void ReportCollisions(OperationBlockAnalysisContext end, IEnumerable<Created> sameId)
    {
        var ordered = sameId.OrderBy(c => c.Creation.Syntax.SpanStart).ToList();
        var reported = new HashSet<IObjectCreationOperation>();
        for (var i = 1; i < ordered.Count; i++)
        {
            var first = ordered.Take(i).FirstOrDefault(earlier => !AreExclusive(earlier.Creation.Syntax, ordered[i].Creation.Syntax));
            if (first.Creation is null || !reported.Add(ordered[i].Creation))
                continue;
            var line = first.Creation.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            end.ReportDiagnostic(Diagnostic.Create(Descriptors.ConstructIdCollision, ordered[i].IdArgument.Syntax.GetLocation(),
                new[] { first.IdArgument.Syntax.GetLocation() }, $"A construct with id '{ordered[i].Id}' is already created in this scope at line {line}", ordered[i].Id));
        }
        foreach (var single in ordered.Where(c => !reported.Contains(c.Creation)))
            ReportIfInLoop(end, single);
    }

    private static void ReportIfInLoop(OperationBlockAnalysisContext context, Created created)
    {
        if (LoopAroundOnly(created) is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ConstructIdCollision, created.IdArgument.Syntax.GetLocation(),
                $"A construct with the constant id '{created.Id}' is created on every iteration of this loop in one scope", created.Id));
        }
    }

    /// <summary>Where the construct is created: "this", or the variable holding the scope; null when that is not known.</summary>
    private static (object Key, ISymbol? Symbol)? ScopeOf(IOperation scope)
        => ValueModel.Unwrap(scope) switch
        {
            IInstanceReferenceOperation => ("this", null),
            ILocalReferenceOperation local => (local.Local, local.Local),
            IParameterReferenceOperation parameter => (parameter.Parameter, parameter.Parameter),
            IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => (field.Field, field.Field),
            _ => null,
        };

    /// <summary>A loop around the creation whose scope comes from outside it (so each iteration adds to the same scope); null when there is none.</summary>
    private static SyntaxNode? LoopAroundOnly(Created created)
    {
        for (var loop = Loops.Around(created.Creation.Syntax); loop is not null; loop = Loops.Around(loop))
        {
            if (created.ScopeSymbol is null || !Loops.Declares(loop, created.ScopeSymbol))
                return ReadsAVariableOf(loop, created.IdArgument) ? null : loop;
        }
        return null;
    }

    /// <summary>
    /// The id reads a variable the loop declares (<c>$"Api-{stage}"</c>, or a local set in its body): it changes with each
    /// pass, even when the value model knows only one text for it (a list of one stage).
    /// </summary>
    private static bool ReadsAVariableOf(SyntaxNode loop, IOperation id)
    {
        foreach (var operation in id.DescendantsAndSelf())
        {
            if (operation is ILocalReferenceOperation { Local: { IsConst: false } local } && Loops.Declares(loop, local))
                return true;
        }
        return false;
    }

    /// <summary>Only one of the two runs: different arms of an if/else, a switch, a conditional or a switch expression.</summary>
    private static bool AreExclusive(SyntaxNode first, SyntaxNode second)
    {
        foreach (var ancestor in first.Ancestors())
        {
            if (!ancestor.Span.Contains(second.Span))
                continue;
            switch (ancestor)
            {
                case IfStatementSyntax { Else: { } otherwise } ifStatement:
                    if (Inside(first, ifStatement.Statement) && Inside(second, otherwise) || Inside(first, otherwise) && Inside(second, ifStatement.Statement))
                        return true;
                    break;
                case SwitchStatementSyntax switchStatement:
                    if (switchStatement.Sections.FirstOrDefault(s => Inside(first, s)) is { } section && !Inside(second, section))
                        return true;
                    break;
                case ConditionalExpressionSyntax conditional:
                    if (Inside(first, conditional.WhenTrue) != Inside(second, conditional.WhenTrue))
                        return true;
                    break;
                case SwitchExpressionSyntax switchExpression:
                    if (switchExpression.Arms.FirstOrDefault(a => Inside(first, a)) is { } arm && !Inside(second, arm))
                        return true;
                    break;
            }
            return ancestor is BlockSyntax && LeavesBefore(first, ancestor, second);
        }
        return false;
    }

    /// <summary>The first creation is in a block that returns or throws before the second one is reached.</summary>
    private static bool LeavesBefore(SyntaxNode first, SyntaxNode commonBlock, SyntaxNode second)
    {
        var block = first.Ancestors().OfType<BlockSyntax>().FirstOrDefault(b => b != commonBlock && commonBlock.Span.Contains(b.Span) && !b.Span.Contains(second.Span));
        return block is not null && block.Statements.LastOrDefault() is ReturnStatementSyntax or ThrowStatementSyntax;
    }

    private static bool Inside(SyntaxNode node, SyntaxNode container) => container.Span.Contains(node.Span);
}
