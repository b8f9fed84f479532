using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>
/// What the rules of one analyzer register at compilation start. Operation actions are merged: the driver gets one
/// plain operation action and one operation block start action for all the rules together, each dispatching by the
/// operation's kind to the rules that asked for it. The driver walks a body's operations once per analyzer and pays
/// for every registration per body: with each rule an analyzer of its own, that was about a seventh of what the
/// package allocates (docs/performance.md, sixth round). Every other registration goes to the driver as it is.
/// </summary>
internal sealed class RuleRegistrations : CompilationStartAnalysisContext
{
    private readonly CompilationStartAnalysisContext _context;
    private readonly Dictionary<OperationKind, Action<OperationAnalysisContext>> _plain = new();
    private readonly Dictionary<OperationKind, Action<OperationAnalysisContext>> _inBlocks = new();
    private Action<OperationBlockStartAnalysisContext>? _blockStarts;

#pragma warning disable RS1012 // The rules' actions reach the driver later, in RegisterWithDriver.
    internal RuleRegistrations(CompilationStartAnalysisContext context)
        : base(context.Compilation, context.Options, context.CancellationToken)
        => _context = context;
#pragma warning restore RS1012

    /// <summary>The value rules' actions for the strings that reach the CDK, called in turn for each (<see cref="CdkValueSinks.Register"/>).</summary>
    internal Action<OperationAnalysisContext, SinkValue>? SinkValueActions { get; set; }

    /// <summary>
    /// An operation action whose diagnostics may land elsewhere in the member being analyzed (the entry a statement
    /// above wrote, the literal a local holds): registered per operation block, the driver counts them as local to
    /// the document, so the IDE shows them while typing. A plain operation action's diagnostics are local only
    /// inside the operation itself.
    /// </summary>
    public void RegisterInBlocks(Action<OperationAnalysisContext> action, params OperationKind[] kinds)
    {
        foreach (var kind in kinds)
            Add(_inBlocks, kind, action);
    }

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
    {
        foreach (var kind in operationKinds)
            Add(_plain, kind, action);
    }

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
        => _blockStarts += action;

    /// <summary>Hands the merged operation actions to the driver; called once, after every rule has registered.</summary>
    internal void RegisterWithDriver()
    {
        if (_plain.Count > 0)
            _context.RegisterOperationAction(Dispatcher(_plain), _plain.Keys.ToImmutableArray());
        if (_inBlocks.Count == 0 && _blockStarts is null)
            return;

        var inBlocks = _inBlocks.Count > 0 ? Dispatcher(_inBlocks) : null;
        var kinds = _inBlocks.Keys.ToImmutableArray();
        var blockStarts = _blockStarts;
        _context.RegisterOperationBlockStartAction(block =>
        {
            if (inBlocks is not null)
                block.RegisterOperationAction(inBlocks, kinds);
            blockStarts?.Invoke(block);
        });
    }

    private static void Add(Dictionary<OperationKind, Action<OperationAnalysisContext>> byKind, OperationKind kind, Action<OperationAnalysisContext> action)
        => byKind[kind] = byKind.TryGetValue(kind, out var earlier) ? earlier + action : action;

    private static Action<OperationAnalysisContext> Dispatcher(Dictionary<OperationKind, Action<OperationAnalysisContext>> byKind)
    {
        if (byKind.Count == 1)
            return byKind.Values.Single();
        var frozen = new Dictionary<OperationKind, Action<OperationAnalysisContext>>(byKind);
        return context => frozen[context.Operation.Kind](context);
    }

    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action)
        => _context.RegisterCompilationEndAction(action);

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
        => _context.RegisterSemanticModelAction(action);

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
        => _context.RegisterSymbolAction(action, symbolKinds);

    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
        => _context.RegisterSymbolStartAction(action, symbolKind);

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        => _context.RegisterCodeBlockStartAction(action);

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
        => _context.RegisterCodeBlockAction(action);

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
        => _context.RegisterOperationBlockAction(action);

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
        => _context.RegisterSyntaxTreeAction(action);

    public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
        => _context.RegisterAdditionalFileAction(action);

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        => _context.RegisterSyntaxNodeAction(action, syntaxKinds);
}
