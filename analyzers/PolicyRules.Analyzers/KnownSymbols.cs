using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PolicyRules.Analyzers;

/// <summary>
/// The NRules and PolicyRules symbols the analyzers care about, resolved once per compilation by metadata name.
/// Symbols of the PolicyRules authoring API may be absent (a project that uses plain NRules); every check copes.
/// </summary>
internal sealed class KnownSymbols
{
    public const string AuthoringNamespace = "PolicyRules.Authoring";
    public const string FactsNamespace = "PolicyRules.Facts";

    private KnownSymbols(Compilation compilation, INamedTypeSymbol rule)
    {
        Rule = rule;
        NameAttribute = compilation.GetTypeByMetadataName("NRules.Fluent.Dsl.NameAttribute");
        DescriptionAttribute = compilation.GetTypeByMetadataName("NRules.Fluent.Dsl.DescriptionAttribute");
        LeftHandSide = compilation.GetTypeByMetadataName("NRules.Fluent.Dsl.ILeftHandSideExpression");
        RightHandSide = compilation.GetTypeByMetadataName("NRules.Fluent.Dsl.IRightHandSideExpression");
        QueryExtensions = compilation.GetTypeByMetadataName("NRules.Fluent.Dsl.QueryExtensions");
        Context = compilation.GetTypeByMetadataName("NRules.RuleModel.IContext");
        CitationAttribute = compilation.GetTypeByMetadataName(AuthoringNamespace + ".CitationAttribute");
        EffectiveFromAttribute = compilation.GetTypeByMetadataName(AuthoringNamespace + ".EffectiveFromAttribute");
        EffectiveUntilAttribute = compilation.GetTypeByMetadataName(AuthoringNamespace + ".EffectiveUntilAttribute");
        Authority = compilation.GetTypeByMetadataName(AuthoringNamespace + ".Authority");
        SourcedAttribute = compilation.GetTypeByMetadataName(AuthoringNamespace + ".SourcedAttribute");
        Findings = compilation.GetTypeByMetadataName(AuthoringNamespace + ".Findings");
        DerivedFact = compilation.GetTypeByMetadataName(FactsNamespace + ".DerivedFact");
        Evaluation = compilation.GetTypeByMetadataName(FactsNamespace + ".Evaluation");
    }

    public INamedTypeSymbol Rule { get; }
    public INamedTypeSymbol? NameAttribute { get; }
    public INamedTypeSymbol? DescriptionAttribute { get; }
    public INamedTypeSymbol? LeftHandSide { get; }
    public INamedTypeSymbol? RightHandSide { get; }
    public INamedTypeSymbol? QueryExtensions { get; }
    public INamedTypeSymbol? Context { get; }
    public INamedTypeSymbol? CitationAttribute { get; }
    public INamedTypeSymbol? EffectiveFromAttribute { get; }
    public INamedTypeSymbol? EffectiveUntilAttribute { get; }
    public INamedTypeSymbol? Authority { get; }
    public INamedTypeSymbol? SourcedAttribute { get; }
    public INamedTypeSymbol? Findings { get; }
    public INamedTypeSymbol? DerivedFact { get; }
    public INamedTypeSymbol? Evaluation { get; }

    /// <summary>Null when the compilation does not reference NRules.Fluent: such projects pay nothing.</summary>
    public static KnownSymbols? TryCreate(Compilation compilation)
    {
        var rule = compilation.GetTypeByMetadataName("NRules.Fluent.Dsl.Rule");
        return rule is null ? null : new KnownSymbols(compilation, rule);
    }

    /// <summary>A rule class is any non-abstract class deriving (directly or not) from NRules.Fluent.Dsl.Rule.</summary>
    public bool IsRuleClass(INamedTypeSymbol? type) =>
        type is { TypeKind: TypeKind.Class, IsAbstract: false } && InheritsFrom(type, Rule);

    public static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one type is the other, derives from it, or implements it.</summary>
    public static bool AreRelated(ITypeSymbol a, ITypeSymbol b) =>
        IsSameOrSubtype(a, b) || IsSameOrSubtype(b, a);

    private static bool IsSameOrSubtype(ITypeSymbol type, ITypeSymbol candidateBase)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, candidateBase))
            {
                return true;
            }
        }

        foreach (var iface in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(iface, candidateBase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsAttribute(AttributeData attribute, INamedTypeSymbol? attributeType) =>
        attributeType is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType);

    public ImmutableArray<AttributeData> CitationsOf(INamedTypeSymbol ruleClass)
    {
        var builder = ImmutableArray.CreateBuilder<AttributeData>();
        foreach (var attribute in ruleClass.GetAttributes())
        {
            if (IsAttribute(attribute, CitationAttribute))
            {
                builder.Add(attribute);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The rule-class member that owns an operation: lambdas and local functions map to the method they sit in,
    /// accessors map to their property.
    /// </summary>
    public static ISymbol OwningMember(ISymbol symbol)
    {
        var current = symbol;
        while (current is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } && current.ContainingSymbol is not null)
        {
            current = current.ContainingSymbol;
        }

        return current is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : current;
    }
}
