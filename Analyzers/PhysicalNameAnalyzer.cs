using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK111: a physical name, known in full or in part, that its service rejects — too long, too short, a character
/// outside the service's set, a FIFO queue or L1 topic whose name lacks '.fifo'. Reported at the literal that breaks
/// the rule (a const at its declaration); when only the parts together are too long, at the composed expression.
/// </summary>
public sealed class PhysicalNameAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidPhysicalName);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var names = new PhysicalNames(cdk);
        var once = new ReportOnce();
        context.RegisterInBlocks(ctx =>
        {
            var assignment = (ISimpleAssignmentOperation)ctx.Operation;
            if (assignment.Target is not IPropertyReferenceOperation { Property: var property } target || names.RuleFor(property) is not { Max: > 0 } rule)
                return;
            var fifo = rule.FifoSetting is null ? Fifo.No : FifoOf(target, rule, cdk, frame: null, ctx.CancellationToken);
            // FIFO or not as each call of a helper says (MakeQueue("orders", fifo: true)), or each pass of a loop over
            // known elements (foreach (var (name, fifo) in queues)): its name and setting read through that call or pass.
            var calls = fifo != Fifo.Unknown ? null
                : Loops.HelperCalledPerUse(assignment, ctx.ContainingSymbol, cdk) is { } helper
                    ? cdk.Values.CallFramesPerElementOf(helper, ctx.CancellationToken).Select(call => (Frame?)call.Frame).ToArray()
                : Loops.Around(assignment.Syntax) is { } loop && Loops.Passes(loop, cdk, ctx.CancellationToken) is { } passes
                    ? passes.Select(pass => (Frame?)pass).ToArray()
                : null;
            foreach (var call in calls is { Length: > 0 } ? calls : NoCall)
            {
                var fifoOfCall = call is null ? fifo : FifoOf(target, rule, cdk, call, ctx.CancellationToken);
                foreach (var value in cdk.Values.Strings(new Origin(assignment.Value, call), ctx.CancellationToken))
                {
                    // Unknown, or left to the CDK (a Queue named "jobs.fifo" is FIFO): the name's own suffix says which.
                    var isFifo = fifoOfCall == Fifo.Yes || (fifoOfCall == Fifo.Unknown || (fifoOfCall == Fifo.Unset && rule.FifoImpliedBy is not null)) && EndsWithFifo(value);
                    if (Broken(rule, value, isFifo, assignment.Value.Syntax, call?.Loop is not null ? call.Site : null, isFifo && EndsWithANumber(value, cdk, ctx.CancellationToken)) is not { } broken)
                        continue;
                    var at = broken.At ?? assignment.Value.Syntax.GetLocation();
                    if (once.TryClaim(RuleIds.InvalidPhysicalName, at))
                        ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidPhysicalName, at, $"{rule.Service} name {broken.Problem}"));
                }
            }
        }, OperationKind.SimpleAssignment);
    }

    private static readonly Frame?[] NoCall = { null };

    private enum Fifo { No, Yes, Unknown, Unset }

    /// <summary>
    /// The props object's FIFO setting (in its initializer, or written before the props are passed on): true, false,
    /// not known, or not written — then Yes when a setting only a FIFO queue has is written (the CDK infers it).
    /// </summary>
    private static Fifo FifoOf(IPropertyReferenceOperation target, PhysicalNameRule rule, CdkTypes cdk, Frame? frame, CancellationToken cancellationToken)
    {
        var settings = target.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            ? target.Parent?.Parent?.Parent is IObjectCreationOperation props ? cdk.Values.SettingsOfCreation(props, cancellationToken) : ImmutableArray<Setting>.Empty
            : target.Instance is { } instance ? cdk.Values.Settings(new Origin(PassedOn(instance, cdk, cancellationToken) ?? instance), cancellationToken) : ImmutableArray<Setting>.Empty;
        var written = settings.Where(s => s.Member.Name == rule.FifoSetting).ToList();
        if (written.Count == 0)
        {
            return rule.FifoImpliedBy is { } implying && settings.Any(s => implying.Contains(s.Member.Name)
                && cdk.Values.Sources(s.Value, cancellationToken).All(v => v.Operation.ConstantValue is not { HasValue: true, Value: null or false }))
                    ? Fifo.Yes
                    : Fifo.Unset;
        }
        var values = written.SelectMany(s => cdk.Values.Sources(s.Value.Frame is null ? new Origin(s.Value.Operation, frame) : s.Value, cancellationToken))
            .Select(v => v.Operation.ConstantValue).ToList();
        return values.All(v => v is { HasValue: true, Value: true }) ? Fifo.Yes
            : values.All(v => v is { HasValue: true, Value: false }) ? Fifo.No
            : Fifo.Unknown;
    }

    /// <summary>The text is what an override returns (<c>protected override string QueueName => "orders";</c>): one derived class's own.</summary>
    private static bool IsAnOverridesValue(SyntaxNode text)
        => text.FirstAncestorOrSelf<MemberDeclarationSyntax>() is (PropertyDeclarationSyntax or MethodDeclarationSyntax) and var member
            && member.Modifiers.Any(SyntaxKind.OverrideKeyword);

    /// <summary>The text is written in an argument of a call of the method, local function or constructor the name is built in.</summary>
    private static bool IsGivenByACallOf(SyntaxNode text, SyntaxNode name)
    {
        if (text.FirstAncestorOrSelf<ArgumentSyntax>()?.Parent?.Parent is not { } call)
            return false;
        var callee = call switch
        {
            InvocationExpressionSyntax invocation => SyntaxIndex.RightmostName(invocation.Expression),
            ObjectCreationExpressionSyntax creation => SyntaxIndex.RightmostName(creation.Type),
            _ => null,
        };
        var declared = Loops.EnclosingFunction(name) switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            LocalFunctionStatementSyntax local => local.Identifier.ValueText,
            ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
            _ => null,
        };
        return callee is not null && callee == declared;
    }

    private static bool EndsWithFifo(StringValue value)
        => value.Parts.LastOrDefault() is { Kind: ValueKind.Text, Text: { } last } && last.EndsWith(".fifo", System.StringComparison.Ordinal);

    /// <summary>
    /// Where a props local written in steps is first passed on after this write (<c>props.QueueName = …;
    /// props.Fifo = true; new Queue(this, "Q", props)</c>): the CDK reads every write made before then.
    /// </summary>
    private static IOperation? PassedOn(IOperation instance, CdkTypes cdk, CancellationToken cancellationToken)
    {
        if (instance is not ILocalReferenceOperation { Local: var local } || instance.Syntax.FirstAncestorOrSelf<BlockSyntax>() is not { } block)
            return null;
        foreach (var name in block.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.SpanStart > instance.Syntax.SpanStart && name.Parent is ArgumentSyntax
                && name.Identifier.ValueText == local.Name && cdk.Values.OperationAt(name, cancellationToken) is ILocalReferenceOperation passed
                && SymbolEqualityComparer.Default.Equals(passed.Local, local))
            {
                return passed;
            }
        }
        return null;
    }

    /// <summary>A name that ends with a number (<c>$"jobs-shard-{i}"</c>), whatever the number: it never ends with '.fifo'.</summary>
    private static bool EndsWithANumber(StringValue value, CdkTypes cdk, CancellationToken cancellationToken)
        => value.Parts.LastOrDefault() is { Kind: ValueKind.Unknown, Syntax: { } last }
            && cdk.Values.OperationAt(last, cancellationToken)?.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
                or SpecialType.System_Int16 or SpecialType.System_Byte or SpecialType.System_UInt32 or SpecialType.System_UInt64;

    /// <summary>The rule the known parts break and where (null: the composed expression), or null when they break none.</summary>
    /// <param name="element">The element of the loop's list the name was read on, if it was read pass by pass.</param>
    /// <param name="endsWithANumber">The name ends with a number whose value is not known.</param>
    private static (string Problem, Location? At)? Broken(PhysicalNameRule rule, StringValue value, bool isFifo, SyntaxNode name, SyntaxNode? element, bool endsWithANumber)
        => BrokenAt(rule, value, isFifo, name, element, endsWithANumber) is var (problem, at) ? (problem, at?.WrittenLocation) : null;

    private static (string Problem, ValuePart? At)? BrokenAt(PhysicalNameRule rule, StringValue value, bool isFifo, SyntaxNode name, SyntaxNode? element, bool endsWithANumber)
    {
        var texts = value.TextParts.Select(p => p.Part).ToList();
        foreach (var part in texts)
        {
            var text = part.Text!;
            var checkedText = isFifo && text.EndsWith(".fifo", System.StringComparison.Ordinal) ? text.Substring(0, text.Length - 5) : text;
            if (rule.IgnoresUppercase)
                checkedText = checkedText.ToLowerInvariant();
            if (!rule.Allowed.IsMatch(checkedText))
            {
                var bad = checkedText.First(c => !rule.Allowed.IsMatch(c.ToString()));
                return ($"contains '{bad}'; it allows {rule.DescribeAllowed}", part);
            }
            if (text.Length > rule.Max)
                return ($"is at least {text.Length} characters long; the limit is {rule.Max}", part);
        }
        var known = texts.Sum(p => p.Text!.Length);
        if (known > rule.Max)
        {
            // Too long together: at the composed expression; for a helper's name ($"acme-production-{id}") made too
            // long by what one call gives, at that call's text, the helper's line serving every call.
            var given = texts.Where(p => IsGivenByACallOf(p.Syntax, name)).OrderByDescending(p => p.Text!.Length).FirstOrDefault();
            return ($"is {(value.IsKnown ? "" : "at least ")}{known} characters long; the limit is {rule.Max}", given.Syntax is null ? null : given);
        }
        if (value.IsKnown && known < rule.Min)
            return ($"is {known} characters long; the minimum is {rule.Min}", texts.FirstOrDefault());
        var shape = value.Shape;
        if (rule.NoHyphenAtEnds && value.IsKnown && (shape.StartsWith("-", System.StringComparison.Ordinal) || shape.EndsWith("-", System.StringComparison.Ordinal)))
            return ("must not start or end with '-'", shape.StartsWith("-", System.StringComparison.Ordinal) ? texts[0] : texts[texts.Count - 1]);
        // $"orders-{stage}-alb-": whatever the stage is, the name ends with the known text's hyphen.
        if (rule.NoHyphenAtEnds && !value.IsKnown && value.Parts.Length > 0)
        {
            var (start, end) = (value.Parts[0], value.Parts[value.Parts.Length - 1]);
            if (start.Kind == ValueKind.Text && start.Text is { } head && head.StartsWith("-", System.StringComparison.Ordinal))
                return ("must not start or end with '-'", start);
            if (end.Kind == ValueKind.Text && end.Text is { } tail && tail.EndsWith("-", System.StringComparison.Ordinal))
                return ("must not start or end with '-'", end);
        }
        // The suffix is missing from the end of the name: at its last text where the name, a call of the helper that
        // builds it, a derived class's override (protected override string QueueName => "orders") or the element of a
        // loop's list (new() { Name = "payments", Fifo = true }) writes it, else at the name ($"orders-{stage}" with
        // stages "dev" and "prod" is not fixed at "dev").
        if (isFifo && !rule.AppendsFifo && value.Parts.LastOrDefault() is { Kind: ValueKind.Text } last && !last.Text!.EndsWith(".fifo", System.StringComparison.Ordinal))
        {
            var writtenInName = WrittenIn(name);
            return ("must end with '.fifo' for a FIFO queue or topic",
                writtenInName || IsGivenByACallOf(last.Syntax, name) || IsAnOverridesValue(last.Syntax) || (element is not null && WrittenIn(element)) ? last : null);

            bool WrittenIn(SyntaxNode node) => last.Syntax.SyntaxTree == node.SyntaxTree && node.Span.Contains(last.Syntax.Span);
        }
        if (isFifo && !rule.AppendsFifo && endsWithANumber)
            return ("must end with '.fifo' for a FIFO queue or topic", null);
        return null;
    }
}
