using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>CDK501: a construct of a service that new AWS accounts cannot use (the list is ClosedServices.txt).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClosedServiceAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ClosedService);

    private protected override void OnCdkCompilationStart(CompilationStartAnalysisContext context, CdkTypes cdk)
    {
        var services = ClosedServices.All;
        var serviceOfType = new ConcurrentDictionary<ITypeSymbol, ClosedService?>(SymbolEqualityComparer.Default);
        context.RegisterOperationAction(ctx =>
        {
            var creation = (IObjectCreationOperation)ctx.Operation;
            if (creation.Type is not { } type || !CdkTypes.IsInCdkNamespace(type) || !cdk.IsConstruct(type))
                return;
            var service = serviceOfType.GetOrAdd(type, t =>
            {
                var ns = t.ContainingNamespace.ToDisplayString();
                var name = ns + "." + t.MetadataName;
                return services.FirstOrDefault(s => s.Matches(name, ns));
            });
            if (service is null || CdkOptions.GetAllowedServices(ctx.Options, creation.Syntax.SyntaxTree).Contains(service.Key))
                return;
            ctx.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ClosedService, creation.Syntax.GetLocation(),
                service.Service, service.Status, service.Since, service.Announcement, service.Instead));
        }, OperationKind.ObjectCreation);
    }
}
