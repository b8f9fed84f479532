using System.Collections.Concurrent;
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
/// CDK205: a stack class of this app created twice for one environment — the same Env object, the same known
/// account and region, or no Env at all — whose resources carry fully known physical names (no stack name,
/// construct id, parameter or other per-instance part). Decided at compilation end (stacks are created in another
/// file); reported at each name, naming the two creations.
/// </summary>
public sealed class FixedNameInRepeatedStackAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.FixedNameInRepeatedStack);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var stackProps = cdk.Type("Amazon.CDK.IStackProps");
        var stageProps = cdk.Type("Amazon.CDK.IStageProps");
        var names = new PhysicalNames(cdk);
        // InStageClass: new OrdersStack(this, …) in a stage's constructor (CDK Pipelines), deployed once per stage.
        var creations = new ConcurrentBag<(INamedTypeSymbol Stack, SyntaxNode Creation, bool InStageClass)>();
        context.RegisterOperationAction(ctx =>
        {
            var creation = (IObjectCreationOperation)ctx.Operation;
            if (creation.Type is INamedTypeSymbol { DeclaringSyntaxReferences.Length: > 0 } stack && cdk.IsTopLevelStack(stack))
                creations.Add((stack, creation.Syntax, IsInStageClass(creation, cdk)));
        }, OperationKind.ObjectCreation);

        context.RegisterCompilationEndAction(ctx =>
        {
            var ct = ctx.CancellationToken;
            var reported = new HashSet<SyntaxNode>();
            foreach (var byStack in creations.GroupBy(c => c.Stack, SymbolEqualityComparer.Default))
            {
                // Most stack classes of an app are created once, outside any loop, helper or stage: nothing to compare.
                var only = byStack.First();
                if (byStack.Count() < 2 && Loops.Around(only.Creation) is null && !InHelper(only.Creation) && !only.InStageClass)
                    continue;
                var deployments = byStack.Select(c => cdk.Values.OperationAt(c.Creation, ct)).OfType<IObjectCreationOperation>()
                    .SelectMany(c => Deployments(c, cdk, ct))
                    .Select(d => (Deployment: d, Environment: EnvironmentKey(d, stackProps, stageProps, cdk, ct)))
                    .OrderBy(d => d.Deployment.Site.SyntaxTree.FilePath, System.StringComparer.Ordinal).ThenBy(d => d.Deployment.Site.SpanStart)
                    .ToList();
                // Asked once per scope a fixed name of the stack needs. Two deployments to one environment explain any
                // collision; only without them does the name's wider scope (its account, everywhere) explain it.
                var twins = new Dictionary<NameScope, (Deployment First, Deployment Second, NameScope Scope)?>();
                foreach (var (name, value, nameScope) in FixedNames((INamedTypeSymbol)byStack.Key!, names, cdk, ct))
                {
                    if (!twins.TryGetValue(nameScope, out var pair))
                    {
                        pair = Twins(deployments, NameScope.Region, cdk, ct) is var (one, other) ? (one, other, NameScope.Region)
                            : nameScope != NameScope.Region && Twins(deployments, nameScope, cdk, ct) is var (wider, again) ? (wider, again, nameScope)
                            : null;
                        twins[nameScope] = pair;
                    }
                    // A construct two repeated stacks share: its name once.
                    if (pair is not var (first, second, scope) || !reported.Add(value.Syntax))
                        continue;
                    var locations = first.Site == second.Site ? new[] { first.Site.GetLocation() } : new[] { first.Site.GetLocation(), second.Site.GetLocation() };
                    var secondPlace = first.Site == second.Site ? Where(second.Site) + " again, on the loop's next pass" : Where(second.Site);
                    var how = scope switch
                    {
                        NameScope.Account => "for one account (IAM names are unique across its regions)",
                        NameScope.Global => "twice (bucket names are unique across all accounts and regions)",
                        _ => "for one environment",
                    };
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.FixedNameInRepeatedStack, value.Syntax.GetLocation(),
                        locations, name, byStack.Key!.Name, Where(first.Site), secondPlace, how));
                }
            }
        });
    }

    /// <summary>One deployment of a stack: its creation, seen through a call of the helper that makes it, if any.</summary>
    private sealed class Deployment
    {
        public Deployment(IObjectCreationOperation creation, Frame? frame, SyntaxNode site, IObjectCreationOperation? stage = null)
        {
            Creation = creation;
            Frame = frame;
            Site = site;
            Stage = stage;
        }

        /// <summary>One pass of the loop around the creation: the loop's other passes are deployments of their own.</summary>
        public bool IsPass => Frame?.Loop is not null;

        public IObjectCreationOperation Creation { get; }
        public Frame? Frame { get; }

        /// <summary>Where the deployment is written: the creation, the call of its helper, or the creation of its stage.</summary>
        public SyntaxNode Site { get; }

        /// <summary>The stage the stack is deployed in, when its constructor creates it: the stack takes the stage's Env.</summary>
        public IObjectCreationOperation? Stage { get; }
    }

    /// <summary>A creation in a method or local function (<c>void AddStage(string name) => new ApiStack(app, name);</c>) counts once per call.</summary>
    private static bool InHelper(SyntaxNode creation)
        => Loops.EnclosingFunction(creation) is LocalFunctionStatementSyntax or MethodDeclarationSyntax { Identifier.ValueText: not "Main" };

    private static bool IsInStageClass(IObjectCreationOperation creation, CdkTypes cdk)
        => ValueModel.ArgumentAt(creation.Arguments, 0)?.Value is { } scope && ValueModel.Unwrap(scope) is IInstanceReferenceOperation { Type: var type } && cdk.IsStage(type);

    private static IEnumerable<Deployment> Deployments(IObjectCreationOperation creation, CdkTypes cdk, CancellationToken ct)
    {
        // new ApiStack(this, "Api") in a stage's constructor: once per creation of the stage.
        if (IsInStageClass(creation, cdk) && cdk.Values.StagesOf(creation, null, ct) is { Items.Length: > 0 } stages)
        {
            foreach (var stage in stages.Items)
                yield return new Deployment(creation, null, stage.Syntax, stage);
            yield break;
        }
        // foreach (var region in regions) new EdgeStack(app, …, Region = region …): once per element of the known list.
        if (Loops.Around(creation.Syntax) is { } loop && Loops.RunsOverOneWrittenList(loop, cdk, ct) && Loops.Passes(loop, cdk, ct) is { Length: > 1 } passes)
        {
            foreach (var pass in passes)
                yield return new Deployment(creation, pass, creation.Syntax);
            yield break;
        }
        if (InHelper(creation.Syntax) && creation.SemanticModel?.GetEnclosingSymbol(creation.Syntax.SpanStart, ct) is IMethodSymbol helper)
        {
            var any = false;
            foreach (var (frame, site) in cdk.Values.CallFramesOf(helper, ct))
            {
                any = true;
                yield return new Deployment(creation, frame, site);
            }
            if (any)
                yield break;
        }
        yield return new Deployment(creation, null, creation.Syntax);
    }

    /// <summary>
    /// Two deployments of one stack class that share what a name of that scope needs: the environment (most names),
    /// the account (IAM), or nothing at all (a bucket). Two such deployments, or one in a loop whose key stays the same
    /// from pass to pass (a stack per tenant, without Env).
    /// </summary>
    private static (Deployment First, Deployment Second)? Twins(List<(Deployment Deployment, object? Environment)> deployments, NameScope scope, CdkTypes cdk, CancellationToken ct)
    {
        var sharing = scope switch
        {
            NameScope.Global => deployments.Select(d => (d.Deployment, Key: (object?)"anywhere")).ToList(),
            NameScope.Account => deployments.Select(d => (d.Deployment, Key: (d.Environment as AccountAndRegion)?.Account ?? d.Environment)).ToList(),
            _ => deployments.Select(d => (d.Deployment, Key: d.Environment is AccountAndRegion { RegionIsKnown: false } ? null : d.Environment)).ToList(),
        };
        foreach (var same in sharing.Where(d => d.Key is not null).GroupBy(d => d.Key))
        {
            var pair = same.Take(2).ToList();
            if (pair.Count == 2)
                return (pair[0].Deployment, pair[1].Deployment);
        }
        foreach (var (deployment, key) in sharing)
        {
            if (key is not null && !deployment.IsPass && IsRepeatedByALoop(deployment.Site, cdk, ct))
                return (deployment, deployment);
        }
        return null;
    }

    /// <summary>
    /// The deployment (its creation, or its helper's call) is inside a loop that may run more than once: not a foreach
    /// (or a Select/ForEach lambda) over a known list of one.
    /// (Its environment key is the same on every pass: a variable the loop sets anew is not one, see <see cref="EnvironmentKey"/>.)
    /// </summary>
    private static bool IsRepeatedByALoop(SyntaxNode site, CdkTypes cdk, CancellationToken ct)
    {
        if (Loops.Around(site) is not { } loop)
            return false;
        return Loops.PassesOf(loop, cdk, ct) is not { } passes || passes > 1;
    }

    /// <summary>
    /// Which environment a creation deploys to: "none" without Env (both go where the CLI points), the Env object's
    /// variable, or its known account and region; null when that cannot be known to match anything.
    /// </summary>
    private static object? EnvironmentKey(Deployment deployment, INamedTypeSymbol? stackProps, INamedTypeSymbol? stageProps, CdkTypes cdk, CancellationToken ct)
    {
        var key = EnvironmentKey(deployment.Creation.Arguments, deployment.Frame, deployment.Site, stackProps, cdk, ct);
        // A stack that makes its own Env (base(scope, id, new StackProps { Env = … config.Region … })) deploys where
        // that Env says for this creation's arguments.
        if (key is "none" && deployment.Creation.Constructor is { } constructor && cdk.Values.BaseCallOf(constructor, ct) is { } baseCall)
        {
            var creation = new Frame(constructor, deployment.Creation.Arguments, deployment.Creation, deployment.Frame);
            key = EnvironmentKey(baseCall.Arguments, creation, deployment.Site, stackProps, cdk, ct);
        }
        if (key is not "none")
            return key;
        // A stack without an Env of its own in a stage deploys where the stage does.
        var stage = deployment.Stage;
        if (stage is null && cdk.Values.StagesOf(deployment.Creation, deployment.Frame, ct) is { } stages)
        {
            // new OrdersStack(beta, "Orders"): the one stage the variable holds, else nothing known.
            if (!stages.IsComplete || stages.Items.Length != 1)
                return null;
            stage = stages.Items[0];
        }
        return stage is null ? key : EnvironmentKey(stage.Arguments, null, deployment.Site, stageProps, cdk, ct);
    }

    private static object? EnvironmentKey(ImmutableArray<IArgumentOperation> arguments, Frame? frame, SyntaxNode site, INamedTypeSymbol? propsType, CdkTypes cdk, CancellationToken ct)
    {
        var props = arguments.FirstOrDefault(a => cdk.Implements(a.Parameter?.Type, propsType));
        if (props is null || props.ArgumentKind == ArgumentKind.DefaultValue)
            return "none";
        var propsValue = new Origin(props.Value, frame);
        var sources = cdk.Values.Sources(propsValue, ct);
        if (sources.Any(s => ValueModel.Unwrap(s.Operation) is not (IObjectCreationOperation or ILiteralOperation { ConstantValue.Value: null })))
            return null;
        if (cdk.Values.SettingsNamed(propsValue, "Env", ct).LastOrDefault() is not { Syntax: not null } setting)
            return "none";
        // An Env the helper is given is the caller's argument.
        var env = setting.Value.AtCallSite();
        var settings = cdk.Values.Settings(env, ct);
        // Two Env objects that name the same account and region (or read them from the same variables) are one
        // environment, whichever variable holds each.
        if (OneSourceKey(settings, "Account", site, cdk, ct) is string account && OneSourceKey(settings, "Region", site, cdk, ct) is string region)
            return new AccountAndRegion(account, region);
        if (SameVariable(env, site) is { } holder)
            return holder;
        if (OneStaticObject(env, cdk, ct) is { } shared)
            return shared;
        // An Env made here without an Account deploys to the CLI's account, as a stack without Env does.
        var accountKey = settings.Any(s => s.Member.Name == "Account") ? OneSourceKey(settings, "Account", site, cdk, ct)
            : MadeHere(env, cdk, ct) ? "none"
            : null;
        // A known account with an unknown region matches no environment, but may share the account.
        return accountKey is not null
            ? new AccountAndRegion(accountKey, OneSourceKey(settings, "Region", site, cdk, ct))
            : null;
    }

    /// <summary>Every value the Env can be is an object created in this app, whose settings are therefore all known.</summary>
    private static bool MadeHere(Origin env, CdkTypes cdk, CancellationToken ct)
    {
        var sources = cdk.Values.Sources(env, ct);
        return !sources.IsDefaultOrEmpty && sources.All(s => ValueModel.Unwrap(s.Operation) is IObjectCreationOperation);
    }

    /// <summary>An Env's account and region as far as they are known (equal when both are the same key).</summary>
    private sealed class AccountAndRegion
    {
        public AccountAndRegion(object account, object? region)
        {
            Account = account;
            RegionIsKnown = region is not null;
            Region = region ?? new object();
        }

        public object Account { get; }

        /// <summary>An unknown region is an object of its own: equal to no other.</summary>
        public object Region { get; }

        public bool RegionIsKnown { get; }

        public override bool Equals(object? obj) => obj is AccountAndRegion other && Account.Equals(other.Account) && Region.Equals(other.Region);
        public override int GetHashCode() => (Account.GetHashCode() * 397) ^ Region.GetHashCode();
    }

    /// <summary>The key every write of the member agrees on (an Env that may be one of several objects); null when they differ or one is unknown.</summary>
    private static object? OneSourceKey(ImmutableArray<Setting> settings, string member, SyntaxNode site, CdkTypes cdk, CancellationToken ct)
    {
        object? key = null;
        foreach (var setting in settings)
        {
            if (setting.Member.Name != member)
                continue;
            if (SourceKey(setting.Value, site, cdk, ct) is not { } next || (key is not null && !key.Equals(next)))
                return null;
            key = next;
        }
        return key;
    }

    /// <summary>
    /// What an account or region is, as far as two deployments can be told to share it: its known text; the same
    /// environment variable or context key read again (<c>CDK_DEFAULT_ACCOUNT</c> in both, the CDK's own template);
    /// the same variable (not one a loop around the deployment sets anew). Null when none of these is known.
    /// </summary>
    private static object? SourceKey(Origin value, SyntaxNode site, CdkTypes cdk, CancellationToken ct)
    {
        value = value.AtCallSite();
        if (cdk.Values.KnownText(value, ct) is { } text)
            return text;
        var operation = ValueModel.Unwrap(value.Operation);
        if (operation is IInvocationOperation { TargetMethod.Name: "GetEnvironmentVariable" or "TryGetContext" } read
            && read.Arguments.Length == 1 && read.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string name })
        {
            return read.TargetMethod.Name + ":" + name;
        }
        return SameVariable(value, site);
    }

    /// <summary>
    /// The variable a value is read from (a local, a static or own field or property): the same variable is the same
    /// value, unless a loop around the deployment sets it anew on every pass. Null for anything else.
    /// </summary>
    private static ISymbol? SameVariable(Origin value, SyntaxNode site)
        => value.Frame is null or { Loop: not null, Caller: null }
            && ValueModel.Unwrap(value.Operation) is ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation }
            && Holders.Referenced(value.Operation) is { } holder
            && !(Loops.Around(site) is { } loop && Loops.Declares(loop, holder))
                ? holder
                : null;

    /// <summary>
    /// The one object an Env always is, when it is created once for the whole app: a static readonly field's or a
    /// static get-only property's initializer (<c>Shared.Env</c>, or a stage record holding it); null otherwise.
    /// </summary>
    private static SyntaxNode? OneStaticObject(Origin env, CdkTypes cdk, CancellationToken ct)
    {
        var sources = cdk.Values.Sources(env, ct);
        if (sources.IsDefaultOrEmpty || ValueModel.Unwrap(sources[0].Operation) is not IObjectCreationOperation { Syntax: var created })
            return null;
        foreach (var source in sources)
        {
            if (ValueModel.Unwrap(source.Operation).Syntax != created)
                return null;
        }
        var declaration = created.Parent is EqualsValueClauseSyntax initializer
            ? initializer.Parent switch
            {
                VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } => field.Modifiers,
                PropertyDeclarationSyntax { AccessorList.Accessors: var accessors } property when accessors.All(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)) => property.Modifiers,
                _ => default,
            }
            : default;
        return declaration.Any(SyntaxKind.StaticKeyword) && (declaration.Any(SyntaxKind.ReadOnlyKeyword) || created.Parent?.Parent is PropertyDeclarationSyntax)
            ? created
            : null;
    }

    /// <summary>
    /// The physical names the stack class gives its resources that are one fully known string: in its own body, its
    /// base stacks of this app, and the constructs, helpers and nested stacks of this app it uses.
    /// </summary>
    private static IEnumerable<(string Name, IOperation Value, NameScope Scope)> FixedNames(INamedTypeSymbol stack, PhysicalNames names, CdkTypes cdk, CancellationToken ct)
    {
        foreach (var operation in cdk.Values.CreationsAndCallsReachedFrom(new ISymbol[] { stack }.Concat(cdk.BaseStacksOfThisApp(stack)), ct, intoNestedStacks: true))
        {
            if (operation is not IObjectCreationOperation { Initializer: { } initializer })
                continue;
            foreach (var assignment in initializer.Initializers.OfType<ISimpleAssignmentOperation>())
            {
                if (assignment.Target is not IPropertyReferenceOperation { Property: var property } || names.RuleFor(property) is not { } rule)
                    continue;
                var values = cdk.Values.Strings(new Origin(assignment.Value), ct);
                if (values.Length == 1 && values[0].KnownText is { Length: > 0 } name)
                    yield return (name, assignment.Value, rule.Scope);
                else if (values.Length > 1 && IsOneNamePerCall(values, stack))
                    yield return (values[0].KnownText!, assignment.Value, rule.Scope);
            }
        }
    }

    /// <summary>
    /// Several names, each known whole, that differ only in what calls of a helper pass from inside the stack class
    /// (<c>make("logs")</c>, <c>Names.Bucket("media")</c>): every deployment makes all of them. Not names that differ by a
    /// branch (<c>stage == "prod" ? "orders" : "orders-dev"</c>: one per deployment), nor by text written outside the
    /// class (what each creator gives).
    /// </summary>
    private static bool IsOneNamePerCall(ImmutableArray<StringValue> values, INamedTypeSymbol stack)
    {
        if (!values.All(v => v.KnownText is { Length: > 0 }))
            return false;
        // By text too: a recased part (stage.ToString().ToLowerInvariant()) is written at the call whatever it holds.
        var shared = new HashSet<(SyntaxNode, string?)>(values[0].Parts.Select(p => (p.Syntax, p.Text)));
        foreach (var value in values.Skip(1))
            shared.IntersectWith(value.Parts.Select(p => (p.Syntax, p.Text)));
        return values.SelectMany(v => v.Parts).All(part => shared.Contains((part.Syntax, part.Text)) || (part.Syntax.Parent is ArgumentSyntax && WrittenIn(stack, part.Syntax)));
    }

    private static bool WrittenIn(INamedTypeSymbol type, SyntaxNode? syntax)
        => syntax is not null && type.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == syntax.SyntaxTree && r.Span.Contains(syntax.Span));

    private static string Where(SyntaxNode site)
    {
        var line = site.GetLocation().GetLineSpan();
        return $"{System.IO.Path.GetFileName(line.Path)}({line.StartLinePosition.Line + 1})";
    }
}
