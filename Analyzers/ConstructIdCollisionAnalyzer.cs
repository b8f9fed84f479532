using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
        public Created(SyntaxNode site, object scope, ISymbol? scopeSymbol, string id, SyntaxNode reportAt, IOperation idReads, bool earlierMember = false, SyntaxNode? inLocalFunction = null)
        {
            InLocalFunction = inLocalFunction;
            Site = site;
            Scope = scope;
            ScopeSymbol = scopeSymbol;
            Id = id;
            ReportAt = reportAt;
            IdReads = idReads;
            EarlierMember = earlierMember;
        }

        /// <summary>The creation, or the call of a helper of this app that creates the construct.</summary>
        public SyntaxNode Site { get; }

        /// <summary>"this", or the local, parameter or field that holds the scope.</summary>
        public object Scope { get; }

        public ISymbol? ScopeSymbol { get; }
        public string Id { get; }

        /// <summary>The id argument; for a helper, the argument its id comes from, else the call.</summary>
        public SyntaxNode ReportAt { get; }

        /// <summary>What the id is made of at the site: the id argument, or the helper call with its arguments.</summary>
        public IOperation IdReads { get; }

        /// <summary>Created by an earlier initializer of the class: compared with this one's, reported by its own.</summary>
        public bool EarlierMember { get; }

        /// <summary>
        /// For a construct a local function or lambda creates, counted at its call: its id argument there. Two of one
        /// call that collide are reported in the function, whose own body is not checked.
        /// </summary>
        public SyntaxNode? InLocalFunction { get; }
    }

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        context.RegisterOperationBlockStartAction(block =>
        {
            // A plain list: the driver runs one analyzer's actions for one body in order, on one thread (start, every
            // operation, end). A ConcurrentBag made a ThreadLocal (with a finalizer) for every body of the app, and a
            // lock cost a measurable spin on every creation.
            var created = new List<Created>();
            var duplicatesReported = new HashSet<SyntaxNode>();
            var passesOfLoops = new Dictionary<SyntaxNode, ImmutableArray<Frame>?>();
            block.RegisterOperationAction(ctx =>
            {
                var creation = (IObjectCreationOperation)ctx.Operation;
                // A local function or a lambda held in a local that always creates counts at each of its calls, not where it is written.
                if (Loops.EnclosingFunction(creation.Syntax) is { } function && (function is LocalFunctionStatementSyntax || ValueModel.IsLambdaInALocal(function))
                    && RunsWheneverCalled(creation.Syntax, function))
                {
                    return;
                }
                // A class of this app that is not a construct (a GenericTable holding the stack it is given) creates its
                // constructs in its caller's scope: each counts at this creation, as a helper's do at its call.
                if (!cdk.IsConstruct(creation.Type) && creation.Constructor is { DeclaringSyntaxReferences.IsEmpty: false } constructor)
                {
                    AddHelperCreations(creation, constructor, creation.Arguments, null, created, cdk, ctx.CancellationToken);
                    return;
                }
                if (ScopeAndId(creation, cdk) is not var (scopeArgument, idArgument) || ScopeOf(scopeArgument) is not { } scope)
                    return;
                // Each pass's id, where the id changes with the passes of a loop around: asked once for both checks below.
                var passIds = PassIds.Of(creation.Syntax, idArgument, scope.Symbol, passesOfLoops, cdk, ctx.CancellationToken);
                if (DuplicateElementOfTheLoop(passIds, cdk, ctx.CancellationToken) is var (second, first, text)
                    && duplicatesReported.Add(second))
                {
                    var line = first.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.ConstructIdCollision, second.GetLocation(), new[] { first.GetLocation() },
                        $"The loop creates a construct with id '{text}' twice in one scope: its list holds '{text}' twice (first at line {line})", text));
                }
                if (cdk.Values.KnownText(new Origin(idArgument), ctx.CancellationToken) is { } id)
                    created.Add(new Created(creation.Syntax, scope.Key, scope.Symbol, id, idArgument.Syntax, idArgument));
                else
                    AddEachPass(creation, scope, idArgument, passIds, created, ctx.CancellationToken);
            }, OperationKind.ObjectCreation);
            block.RegisterOperationAction(ctx =>
            {
                var call = (IInvocationOperation)ctx.Operation;
                var helper = cdk.Values.LambdaCalled(call, ctx.CancellationToken) ?? call.TargetMethod;
                // A builder of this app (new TableBuilder(this, "Orders").Build()) creates in the scope its creation gave it.
                if (helper.MethodKind == MethodKind.AnonymousFunction || call.Instance is null or IInstanceReferenceOperation
                    || (call.Instance.Type is { DeclaringSyntaxReferences.IsEmpty: false } receiver && !cdk.IsConstruct(receiver)))
                {
                    AddHelperCreations(call, helper, call.Arguments, call.Instance, created, cdk, ctx.CancellationToken);
                }
            }, OperationKind.Invocation);

            block.RegisterOperationBlockEndAction(end =>
            {
                if (created.Count == 0)
                    return;
                if (end.OwningSymbol is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false })
                    AddEarlierInitializerCreations(end.OwningSymbol, created, cdk, end.CancellationToken);
                var reportedAt = new HashSet<SyntaxNode>();
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
                        ReportIfInLoop(end, created[start], reportedAt);
                    }
                    else
                    {
                        foreach (var sameScope in created.Skip(start).Take(next - start).GroupBy(c => c.Scope))
                            ReportCollisions(end, sameScope, reportedAt);
                    }
                    start = next;
                }
            });
        });
    }

    /// <summary>
    /// A creation's id in each pass of the loop around it, asked of the value model once however many checks want it
    /// (<see cref="Ids"/> is null where the loop's list is not known in full).
    /// </summary>
    private sealed class PassIds
    {
        private readonly CdkTypes _cdk;
        private readonly ImmutableArray<Frame>? _passes;
        private List<(Frame Pass, string? Id)>? _ids;

        private PassIds(SyntaxNode loop, IOperation id, ImmutableArray<Frame>? passes, CdkTypes cdk)
        {
            Loop = loop;
            Id = id;
            _passes = passes;
            _cdk = cdk;
        }

        /// <summary>Null where the id is a constant (most ids) or no loop around the creation adds to a scope from outside it.</summary>
        public static PassIds? Of(SyntaxNode site, IOperation id, ISymbol? scope, Dictionary<SyntaxNode, ImmutableArray<Frame>?> passesOfLoops, CdkTypes cdk, CancellationToken ct)
        {
            if (ValueModel.Unwrap(id).ConstantValue.HasValue || Loops.Around(site) is not { } loop || (scope is not null && Loops.Declares(loop, scope)))
                return null;
            // One list for the loop's creations: a loop body often creates several constructs.
            if (!passesOfLoops.TryGetValue(loop, out var passes))
                passesOfLoops[loop] = passes = Loops.Passes(loop, cdk, ct);
            return new PassIds(loop, id, passes, cdk);
        }

        /// <summary>The loop around the creation, in a scope from outside it.</summary>
        public SyntaxNode Loop { get; }

        public IOperation Id { get; }

        public List<(Frame Pass, string? Id)>? Ids(CancellationToken ct)
        {
            if (_ids is null && _passes is { } passes)
            {
                _ids = new List<(Frame, string?)>(passes.Length);
                foreach (var pass in passes)
                    _ids.Add((pass, _cdk.Values.KnownText(new Origin(Id, pass), ct)));
            }
            return _ids;
        }
    }

    /// <summary>
    /// <c>foreach (var name in names) new Queue(this, name)</c> (or <c>names.ForEach(name =&gt; …)</c>, or an id read from
    /// the element: <c>spec.Name</c>, <c>$"{name}Queue"</c>) over a known list or dictionary whose passes give one id
    /// twice, in a scope from outside the loop: the element that repeats an earlier one, that earlier one, and the id;
    /// null otherwise.
    /// </summary>
    private static (SyntaxNode Second, SyntaxNode First, string Id)? DuplicateElementOfTheLoop(PassIds? passIds, CdkTypes cdk, CancellationToken ct)
    {
        if (passIds?.Loop is not { } loop || !Loops.ReadsAVariableOf(loop, passIds.Id) || passIds.Ids(ct) is not { } ids)
            return null;
        // The list reached through two creations of the stack (blue and green) is still one list: each element once.
        var elements = new HashSet<SyntaxNode>();
        var seen = new Dictionary<string, SyntaxNode>();
        foreach (var (pass, text) in ids)
        {
            if (!elements.Add(pass.Element.Operation.Syntax) || text is null)
                continue;
            // Asked only of a repeated id (rare): whether the passes are one list's, not lists that different callers give.
            if (seen.TryGetValue(text, out var first))
                return Loops.RunsOverOneWrittenList(loop, cdk, ct) ? (pass.Element.Operation.Syntax, first, text) : null;
            seen[text] = pass.Element.Operation.Syntax;
        }
        return null;
    }

    /// <summary>The scope and id arguments of a construct's creation; null for anything else.</summary>
    private static (IOperation Scope, IOperation Id)? ScopeAndId(IObjectCreationOperation creation, CdkTypes cdk)
        => cdk.IsConstruct(creation.Type) && creation.Arguments.Length >= 2
            && ValueModel.ArgumentAt(creation.Arguments, 0) is { } scope
            && creation.Arguments.FirstOrDefault(a => a.Parameter is { Ordinal: 1, Name: "id" }) is { } id
                ? (scope.Value, id.Value)
                : null;

    /// <summary>
    /// <c>foreach (var name in names) new Queue(this, name)</c> in a scope from outside the loop: one construct per
    /// element, each with that pass's id, compared with the constructs created around the loop (an id the list repeats
    /// is <see cref="DuplicateElementOfTheLoop"/>'s). Where the loop's construct is the later one, it is reported at the
    /// element that gives the id.
    /// </summary>
    private static void AddEachPass(IObjectCreationOperation creation, (object Key, ISymbol? Symbol) scope, IOperation idArgument, PassIds? passIds, List<Created> created,
        CancellationToken ct)
    {
        // Only where every pass creates it: no branch around it in the loop, no continue, break, return or throw before it.
        if (passIds?.Loop is not { } loop || Loops.MayBeSkipped(creation.Syntax, loop) || JumpsBefore(loop, creation.Syntax) || passIds.Ids(ct) is not { } ids)
            return;
        foreach (var (pass, id) in ids)
        {
            if (id is null)
                continue;
            var element = ValueModel.Unwrap(pass.Element.Operation).Syntax;
            var reportAt = element.SyntaxTree == creation.Syntax.SyntaxTree ? element : idArgument.Syntax;
            created.Add(new Created(creation.Syntax, scope.Key, scope.Symbol, id, reportAt, idArgument));
        }
    }

    private static bool JumpsBefore(SyntaxNode loop, SyntaxNode creation)
        => loop.DescendantNodes(n => n == loop || !Loops.IsFunctionBoundary(n))
            .Any(n => n.SpanStart < creation.SpanStart && n is ContinueStatementSyntax or BreakStatementSyntax or ReturnStatementSyntax or ThrowStatementSyntax);

    /// <summary>
    /// A call of a helper of this app (<c>AddDeadLetterQueue("Dead")</c>), or the creation of a class of this app that is
    /// not a construct: each construct it creates whenever it is called counts at the call, in the caller's scope when the
    /// helper creates in <c>this</c>, in a scope it is given, or in a field its constructor sets from one. A creation the
    /// helper may skip (in a branch or a loop, after an early return: a get-or-create helper) is not counted.
    /// </summary>
    /// <param name="caller">The frame of the helper that calls this one: a lambda the call hands it (<c>Add(s =&gt; new Bucket(s, "Assets"))</c>, run as <c>factory(this)</c>).</param>
    private static void AddHelperCreations(IOperation call, IMethodSymbol helper, ImmutableArray<IArgumentOperation> arguments, IOperation? instance,
        List<Created> created, CdkTypes cdk, CancellationToken ct, Frame? caller = null)
    {
        if (helper.DeclaringSyntaxReferences.Length != 1)
            return;
        var declaration = helper.DeclaringSyntaxReferences[0].GetSyntax(ct);
        if (declaration is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or LambdaExpressionSyntax))
            return;
        var creations = cdk.Values.CreationsAndCallsIn(helper, ct);
        var creates = creations.Any(o => o is IObjectCreationOperation);
        var runsLambdas = caller is null && creations.Any(o => o is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke });
        if (!creates && !runsLambdas)
            return;
        var frame = new Frame(helper, arguments, instance, caller);
        if (runsLambdas)
            AddLambdasInvoked(call, creations, declaration, frame, created, cdk, ct);
        if (!creates)
            return;
        foreach (var operation in creations)
        {
            if (operation is not IObjectCreationOperation creation || ScopeAndId(creation, cdk) is not var (scopeArgument, idArgument)
                || !RunsWheneverCalled(creation.Syntax, declaration))
            {
                continue;
            }
            var scope = ValueModel.Unwrap(scopeArgument) switch
            {
                // A local function's or lambda's `this` is its caller's.
                IInstanceReferenceOperation when instance is not null || helper.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction => ("this", null),
                IParameterReferenceOperation when caller is not null => ScopeOf(new Origin(scopeArgument, frame).AtCallSite().Operation),
                IParameterReferenceOperation parameter when frame.ArgumentFor(parameter.Parameter) is { } argument => ScopeOf(argument.Operation),
                // A builder's primary-constructor scope read in a method called on the builder (what its creation gave),
                // or a field the helper class's constructor sets from the scope it is given (_stack = stack).
                IParameterReferenceOperation when instance is not null and not IInstanceReferenceOperation => ScopeFollowed(),
                IFieldReferenceOperation { Instance: IInstanceReferenceOperation } when helper.MethodKind == MethodKind.Constructor => ScopeFollowed(),
                _ => null,
            };
            if (scope is null || cdk.Values.KnownText(new Origin(idArgument, frame), ct) is not { } id)
                continue;
            var givenId = new Origin(idArgument, frame).AtCallSite();
            var reportAt = givenId.Operation != idArgument ? givenId.Operation.Syntax : call.Syntax;
            var inLocalFunction = helper.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction ? idArgument.Syntax : null;
            created.Add(new Created(call.Syntax, scope.Value.Key, scope.Value.Symbol, id, reportAt, call, inLocalFunction: inLocalFunction));

            // The one scope the model follows the argument to, where it is written outside any call.
            (object Key, ISymbol? Symbol)? ScopeFollowed()
                => cdk.Values.Sources(new Origin(scopeArgument, frame), ct) is { Length: 1 } given && given[0].Frame is null ? ScopeOf(given[0].Operation) : null;
        }
    }

    /// <summary>
    /// <c>T Add&lt;T&gt;(Func&lt;Construct, T&gt; factory) =&gt; factory(this);</c>: the lambda a call hands the helper
    /// creates at that call, in the scope the helper gives it.
    /// </summary>
    private static void AddLambdasInvoked(IOperation call, ImmutableArray<IOperation> operations, SyntaxNode declaration, Frame frame,
        List<Created> created, CdkTypes cdk, CancellationToken ct)
    {
        foreach (var operation in operations)
        {
            if (operation is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke } invoke
                && ValueModel.DelegateOf(invoke) is { } target && ValueModel.Unwrap(target) is IParameterReferenceOperation { Parameter: var parameter }
                && frame.ArgumentFor(parameter) is { } passed
                && ValueModel.Unwrap(passed.Operation) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol: var lambda } }
                && RunsWheneverCalled(invoke.Syntax, declaration))
            {
                AddHelperCreations(call, lambda, invoke.Arguments, frame.Instance?.Operation, created, cdk, ct, frame);
            }
        }
    }

    /// <summary>
    /// The creation runs whenever its function does: nothing between it and the function's body branches, loops, defers
    /// to a lambda or catches, and no <c>return</c> or <c>throw</c> is written before it.
    /// </summary>
    private static bool RunsWheneverCalled(SyntaxNode creation, SyntaxNode declaration)
    {
        for (var node = creation.Parent; node is not null && node != declaration; node = node.Parent)
        {
            if (node is IfStatementSyntax or SwitchStatementSyntax or CommonForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax
                or DoStatementSyntax or TryStatementSyntax or ConditionalExpressionSyntax or SwitchExpressionSyntax or ConditionalAccessExpressionSyntax
                or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax
                || node.IsKind(SyntaxKind.CoalesceExpression) || node.IsKind(SyntaxKind.CoalesceAssignmentExpression))
            {
                return false;
            }
        }
        return !declaration.DescendantNodes(n => n == declaration || n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .Any(n => n.SpanStart < creation.SpanStart && n is ReturnStatementSyntax or ThrowStatementSyntax or YieldStatementSyntax);
    }

    /// <summary>
    /// The constructs that the instance field and property initializers written above this one create (<c>public Queue
    /// Inbox { get; } = new(scope, "Inbox");</c> in a class with a primary constructor): every initializer runs with each
    /// creation of the class, so this one's ids are compared with theirs.
    /// </summary>
    private static void AddEarlierInitializerCreations(ISymbol member, List<Created> created, CdkTypes cdk, CancellationToken ct)
    {
        if (member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(ct) is not { } declaration
            || declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
        {
            return;
        }
        foreach (var earlier in type.Members)
        {
            if (earlier.SpanStart >= declaration.SpanStart)
                break;
            if (earlier.Modifiers.Any(SyntaxKind.StaticKeyword) || earlier.Modifiers.Any(SyntaxKind.ConstKeyword))
                continue;
            var initializers = earlier switch
            {
                PropertyDeclarationSyntax { Initializer: { } initializer } => new[] { initializer.Value },
                FieldDeclarationSyntax field => field.Declaration.Variables.Where(v => v.Initializer is not null).Select(v => v.Initializer!.Value).ToArray(),
                _ => System.Array.Empty<ExpressionSyntax>(),
            };
            foreach (var initializer in initializers)
            {
                if (cdk.Values.OperationAt(initializer, ct) is not { } value)
                    continue;
                foreach (var creation in value.DescendantsAndSelf().OfType<IObjectCreationOperation>())
                {
                    if (creation.Syntax.Ancestors().TakeWhile(n => n != initializer).Any(n => n is AnonymousFunctionExpressionSyntax)
                        || ScopeAndId(creation, cdk) is not var (scopeArgument, idArgument) || ScopeOf(scopeArgument) is not { } scope
                        || cdk.Values.KnownText(new Origin(idArgument), ct) is not { } id)
                    {
                        continue;
                    }
                    created.Add(new Created(creation.Syntax, scope.Key, scope.Symbol, id, idArgument.Syntax, idArgument, earlierMember: true));
                }
            }
        }
    }

    /// <summary>The creations of one id in one scope: each one after the first that can run with an earlier one collides.</summary>
    private static void ReportCollisions(OperationBlockAnalysisContext end, IEnumerable<Created> sameId, HashSet<SyntaxNode> reportedAt)
    {
        var ordered = sameId.OrderBy(c => c.Site.SpanStart).ThenBy(c => c.InLocalFunction?.SpanStart ?? 0).ToList();
        var reported = new HashSet<SyntaxNode>();
        for (var i = 1; i < ordered.Count; i++)
        {
            var current = ordered[i];
            var first = ordered.Take(i).FirstOrDefault(earlier => (earlier.Site != current.Site || (current.InLocalFunction is not null && earlier.InLocalFunction != current.InLocalFunction))
                && !AreExclusive(earlier.Site, current.Site));
            if (first.Site is null || current.EarlierMember)
                continue;
            // Two constructs of one call of a local function: in the function, where both ids are written.
            var (reportAt, firstAt) = first.Site == current.Site ? (current.InLocalFunction!, first.InLocalFunction!) : (current.ReportAt, first.ReportAt);
            if (!reported.Add(current.Site) || !reportedAt.Add(reportAt))
                continue;
            var line = (first.Site == current.Site ? firstAt : first.Site).GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            end.ReportDiagnostic(Diagnostic.Create(Descriptors.ConstructIdCollision, reportAt.GetLocation(),
                new[] { firstAt.GetLocation() }, $"A construct with id '{current.Id}' is already created in this scope at line {line}", current.Id));
        }
        foreach (var single in ordered.Where(c => !reported.Contains(c.Site)))
            ReportIfInLoop(end, single, reportedAt);
    }

    private static void ReportIfInLoop(OperationBlockAnalysisContext context, Created created, HashSet<SyntaxNode> reportedAt)
    {
        if (!created.EarlierMember && LoopAroundOnly(created) is not null && reportedAt.Add(created.ReportAt))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ConstructIdCollision, created.ReportAt.GetLocation(),
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
        for (var loop = Loops.Around(created.Site); loop is not null; loop = Loops.Around(loop))
        {
            if (created.ScopeSymbol is null || !Loops.Declares(loop, created.ScopeSymbol))
                return Loops.ReadsAVariableOf(loop, created.IdReads) ? null : loop;
        }
        return null;
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
