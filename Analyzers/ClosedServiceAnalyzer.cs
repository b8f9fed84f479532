using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>CDK501: a construct of a service that new AWS accounts cannot use (the list is ClosedServices.txt).</summary>
public sealed class ClosedServiceAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ClosedService);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var services = ClosedServices.All.Select(s => (Service: s, Resolved: s.ResolveIn(cdk)))
            .Where(s => !s.Resolved.Types.IsEmpty || !s.Resolved.Namespaces.IsEmpty)
            .ToImmutableArray();
        if (services.IsEmpty)
            return;
        context.RegisterOperationAction(ctx =>
        {
            var creation = (IObjectCreationOperation)ctx.Operation;
            if (creation.Type is not { } type)
                return;
            var service = ServiceOf(type, services);
            if (service is null || !cdk.IsConstruct(type) || CdkOptions.GetAllowedServices(ctx.Options, creation.Syntax.SyntaxTree).Contains(service.Key))
                return;
            ctx.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ClosedService, creation.Syntax.GetLocation(),
                service.Service, service.Status, service.Since, service.Announcement, service.Instead));
        }, OperationKind.ObjectCreation);
    }

    // A loop, not a query: it runs for every creation in the compilation.
    private static ClosedService? ServiceOf(ITypeSymbol type, ImmutableArray<(ClosedService Service, (ImmutableArray<INamedTypeSymbol> Types, ImmutableArray<INamespaceSymbol> Namespaces) Resolved)> services)
    {
        // The app's own subclass (class Metrics : CfnDatabase) creates the library's resource.
        while (type is { DeclaringSyntaxReferences.IsEmpty: false, BaseType: { } baseType })
            type = baseType;
        foreach (var (service, resolved) in services)
        {
            if (CdkTypes.IsOneOf(type, resolved.Types))
                return service;
            foreach (var ns in resolved.Namespaces)
            {
                if (CdkTypes.IsIn(type, ns))
                    return service;
            }
        }
        return null;
    }
}
