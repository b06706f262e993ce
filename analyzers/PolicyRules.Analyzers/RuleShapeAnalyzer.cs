using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PolicyRules.Analyzers;

/// <summary>PR0101-PR0102: NRules must be able to find and instantiate every rule class by reflection.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleShapeAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.RuleClassNotInternalSealed, Descriptors.RuleClassConstructor);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.TryCreate(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            start.RegisterSymbolAction(c => Analyze(c, symbols), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, KnownSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!symbols.IsRuleClass(type))
        {
            return;
        }

        var location = type.Locations.FirstOrDefault() ?? Location.None;
        if (!type.IsSealed || type.ContainingType is not null || type.DeclaredAccessibility != Accessibility.Internal)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.RuleClassNotInternalSealed, location, type.Name));
        }

        if (!type.IsStatic && !type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.RuleClassConstructor, location, type.Name));
        }
    }
}
