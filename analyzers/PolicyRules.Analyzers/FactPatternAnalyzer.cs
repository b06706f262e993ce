using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PolicyRules.Analyzers;

/// <summary>
/// PR0401: fact types used in patterns (Match, Not, Exists, All, and Match inside Query sources) are immutable.
/// PR0402: a rule must not both negate a fact type with Not&lt;T&gt;() and yield or insert that type (or a base or derived type).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FactPatternAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] InsertMethods = { "Insert", "InsertAll", "TryInsert", "InsertLinked", "InsertAllLinked" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.MutableFact, Descriptors.NotYieldLoop);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.TryCreate(start.Compilation);
            if (symbols?.LeftHandSide is null)
            {
                return;
            }

            var mutability = new ConcurrentDictionary<ITypeSymbol, string>(SymbolEqualityComparer.Default);
            start.RegisterSymbolStartAction(symbolStart =>
            {
                var ruleClass = (INamedTypeSymbol)symbolStart.Symbol;
                if (!symbols.IsRuleClass(ruleClass))
                {
                    return;
                }

                var negated = new ConcurrentBag<(ITypeSymbol Type, Location Location)>();
                var produced = new ConcurrentBag<ITypeSymbol>();
                symbolStart.RegisterOperationAction(
                    c => AnalyzeInvocation(c, symbols, ruleClass, mutability, negated, produced),
                    OperationKind.Invocation);
                symbolStart.RegisterSymbolEndAction(c => ReportLoops(c, ruleClass, negated, produced));
            }, SymbolKind.NamedType);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, KnownSymbols symbols, INamedTypeSymbol ruleClass,
        ConcurrentDictionary<ITypeSymbol, string> mutability,
        ConcurrentBag<(ITypeSymbol Type, Location Location)> negated, ConcurrentBag<ITypeSymbol> produced)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var containing = method.ContainingType;

        var isPattern =
            (SymbolEqualityComparer.Default.Equals(containing, symbols.LeftHandSide) && method.Name is "Match" or "Not" or "Exists" or "All")
            || (SymbolEqualityComparer.Default.Equals(containing, symbols.QueryExtensions) && method.Name is "Match");
        if (isPattern && method.TypeArguments.Length == 1)
        {
            var factType = method.TypeArguments[0];
            var reason = mutability.GetOrAdd(factType, MutabilityReason);
            if (reason.Length > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MutableFact, invocation.NameLocation(),
                    ruleClass.Name, factType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), reason));
            }

            if (method.Name == "Not")
            {
                negated.Add((factType, invocation.NameLocation()));
            }

            return;
        }

        if (SymbolEqualityComparer.Default.Equals(containing, symbols.RightHandSide) && method.Name == "Yield" && method.TypeArguments.Length == 1)
        {
            produced.Add(method.TypeArguments[0]);
            foreach (var argument in invocation.Arguments)
            {
                if (argument.LambdaResult()?.Type is { } resultType)
                {
                    produced.Add(resultType);
                }
            }

            return;
        }

        if (symbols.Context is not null && System.Array.IndexOf(InsertMethods, method.Name) >= 0
            && (SymbolEqualityComparer.Default.Equals(containing, symbols.Context) || KnownSymbols.AreRelated(containing, symbols.Context)))
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Value.WalkDownConversions()?.Type is { } insertedType)
                {
                    produced.Add(insertedType);
                }
            }
        }
    }

    private static void ReportLoops(SymbolAnalysisContext context, INamedTypeSymbol ruleClass,
        ConcurrentBag<(ITypeSymbol Type, Location Location)> negated, ConcurrentBag<ITypeSymbol> produced)
    {
        foreach (var (type, location) in negated)
        {
            foreach (var output in produced)
            {
                if (output.SpecialType == SpecialType.System_Object || !KnownSymbols.AreRelated(type, output))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotYieldLoop, location, ruleClass.Name,
                    type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                    output.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
                break;
            }
        }
    }

    /// <summary>Empty when the type is immutable; otherwise names the first settable property or public mutable field.</summary>
    private static string MutabilityReason(ITypeSymbol type)
    {
        if (type.TypeKind is TypeKind.TypeParameter or TypeKind.Error || type.SpecialType != SpecialType.None)
        {
            return "";
        }

        for (ITypeSymbol? current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                switch (member)
                {
                    case IPropertySymbol { IsStatic: false, SetMethod: { IsInitOnly: false } setter }
                        when setter.DeclaredAccessibility != Accessibility.Private:
                        return "property '" + member.Name + "' has a setter";
                    case IFieldSymbol { IsStatic: false, IsReadOnly: false, IsConst: false, DeclaredAccessibility: Accessibility.Public }:
                        return "public field '" + member.Name + "' is not readonly";
                }
            }
        }

        return "";
    }
}
