using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PolicyRules.Analyzers;

/// <summary>
/// PR0303: a rule that reads, in a condition, a law-table value tagged [Sourced(..., Authority.Secondary|Unconfirmed)]
/// may yield only Review or Note. PR0302 looks at a rule's citations; this looks at what its conditions rest on, and
/// it counts a derived fact as deciding too, because another rule can decide on it, or on its absence (a secondary
/// floor that kept a charge out of review let a confirmed rule allow it).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecondaryValueAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ConditionOnSecondaryValue);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.TryCreate(start.Compilation);
            if (symbols?.SourcedAttribute is null || symbols.RightHandSide is null)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(c => Analyze(c, symbols), SyntaxKind.MethodDeclaration);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, KnownSymbols symbols)
    {
        var method = (MethodDeclarationSyntax)context.Node;
        if (method.Identifier.ValueText != "Define"
            || context.SemanticModel.GetDeclaredSymbol(method, context.CancellationToken) is not { } defineSymbol
            || !symbols.IsRuleClass(defineSymbol.ContainingType))
        {
            return;
        }

        var deciding = DecidingYields(method, context.SemanticModel, symbols, context.CancellationToken);
        if (deciding.Count == 0)
        {
            return;
        }

        foreach (var name in method.DescendantNodes().OfType<SimpleNameSyntax>())
        {
            var symbol = context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol;
            if (symbol is null || WeakSource(symbol, symbols) is not { } source || InsideThen(name, context.SemanticModel, symbols, context.CancellationToken))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ConditionOnSecondaryValue,
                name.GetLocation(),
                defineSymbol.ContainingType.Name,
                symbol.ContainingType is null ? symbol.Name : symbol.ContainingType.Name + "." + symbol.Name,
                source,
                string.Join(", ", deciding)));
        }
    }

    /// <summary>"Deny", "Allow" or "derived fact X" for each deciding thing the rule yields.</summary>
    private static List<string> DecidingYields(MethodDeclarationSyntax method, SemanticModel model, KnownSymbols symbols, CancellationToken token)
    {
        var found = new List<string>();
        foreach (var node in method.DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax call
                    when model.GetSymbolInfo(call, token).Symbol is IMethodSymbol { Name: "Deny" or "Allow" } target
                         && SymbolEqualityComparer.Default.Equals(target.ContainingType, symbols.Findings):
                    found.Add(target.Name);
                    break;
                case BaseObjectCreationExpressionSyntax creation
                    when model.GetTypeInfo(creation, token).Type is { } type && KnownSymbols.InheritsFrom(type, symbols.DerivedFact):
                    found.Add("derived fact " + type.Name);
                    break;
            }
        }

        return found.Distinct().ToList();
    }

    /// <summary>The source of a member tagged Secondary or Unconfirmed, or null.</summary>
    private static string? WeakSource(ISymbol symbol, KnownSymbols symbols)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (!KnownSymbols.IsAttribute(attribute, symbols.SourcedAttribute) || attribute.ConstructorArguments.Length < 2)
            {
                continue;
            }

            var authority = attribute.ConstructorArguments[1];
            if (authority.Type is INamedTypeSymbol enumType
                && enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, authority.Value)) is { Name: not "Confirmed" } member)
            {
                return (attribute.ConstructorArguments[0].Value as string ?? "?") + ", " + member.Name.ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>True when the name sits in an argument of a Then() call (a reason's text), not in a condition.</summary>
    private static bool InsideThen(SyntaxNode node, SemanticModel model, KnownSymbols symbols, CancellationToken token)
    {
        foreach (var argumentList in node.Ancestors().OfType<ArgumentListSyntax>())
        {
            if (argumentList.Parent is InvocationExpressionSyntax call
                && model.GetSymbolInfo(call, token).Symbol is IMethodSymbol target
                && (SymbolEqualityComparer.Default.Equals(target.ContainingType, symbols.RightHandSide)
                    || SymbolEqualityComparer.Default.Equals(target.ContainingType, symbols.Findings)))
            {
                return true;
            }
        }

        return false;
    }
}
