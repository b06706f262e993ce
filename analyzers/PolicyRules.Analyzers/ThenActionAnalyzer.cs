using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PolicyRules.Analyzers;

/// <summary>
/// PR0301: Then() only yields findings (Findings.Deny/Review/Allow/Note/Ask, or a conditional choosing between them) or derived facts (new X(...), X : DerivedFact).
/// PR0302: a rule whose every citation is Secondary or Unconfirmed must not yield the deciding effects Deny or Allow.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThenActionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.DisallowedAction, Descriptors.DecidingEffectWithoutAuthority);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.TryCreate(start.Compilation);
            if (symbols?.RightHandSide is null)
            {
                return;
            }

            start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.RightHandSide))
        {
            return;
        }

        var ruleClass = context.ContainingSymbol.ContainingType;
        var ruleName = ruleClass?.Name ?? "?";
        if (method.Name != "Yield")
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.DisallowedAction, invocation.NameLocation(), ruleName, "." + method.Name + "(...)"));
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            var result = argument.LambdaResult();
            if (result is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.DisallowedAction, argument.Syntax.GetLocation(), ruleName, "a Yield whose argument is not a lambda"));
                continue;
            }

            foreach (var branch in Branches(result))
            {
                switch (branch)
                {
                    case IInvocationOperation call when IsFinding(call.TargetMethod, symbols):
                        if (call.TargetMethod.Name is "Deny" or "Allow" && ruleClass is not null && RestsOnlyOnWeakAuthority(ruleClass, symbols))
                        {
                            context.ReportDiagnostic(Diagnostic.Create(Descriptors.DecidingEffectWithoutAuthority, call.Syntax.GetLocation(), ruleName, call.TargetMethod.Name));
                        }

                        break;
                    case IObjectCreationOperation creation when KnownSymbols.InheritsFrom(creation.Type, symbols.DerivedFact):
                        break;
                    default:
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.DisallowedAction, branch.Syntax.GetLocation(), ruleName, "a Yield of '" + Shorten(branch.Syntax.ToString()) + "'"));
                        break;
                }
            }
        }
    }

    /// <summary>
    /// The values a Yield can produce: a conditional (<c>stated ? ctx.Deny(...) : ctx.Ask(...)</c>, the shape of a rule that
    /// decides on a stated fact and asks on an unknown one) yields one of its branches, each checked on its own.
    /// </summary>
    private static IEnumerable<IOperation> Branches(IOperation result)
    {
        while (result is IConversionOperation { IsImplicit: true } conversion)
        {
            result = conversion.Operand;
        }

        if (result is IConditionalOperation { WhenFalse: not null } conditional)
        {
            foreach (var branch in Branches(conditional.WhenTrue))
            {
                yield return branch;
            }

            foreach (var branch in Branches(conditional.WhenFalse))
            {
                yield return branch;
            }

            yield break;
        }

        yield return result;
    }

    private static bool IsFinding(IMethodSymbol method, KnownSymbols symbols) =>
        method.Name is "Deny" or "Review" or "Allow" or "Note" or "Ask" or "NextStep"
        && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.Findings);

    /// <summary>True when the rule has citations and none of them has Authority.Confirmed.</summary>
    private static bool RestsOnlyOnWeakAuthority(INamedTypeSymbol ruleClass, KnownSymbols symbols)
    {
        var citations = symbols.CitationsOf(ruleClass);
        if (citations.IsEmpty)
        {
            return false; // PR0005 already asks for a citation.
        }

        foreach (var citation in citations)
        {
            if (citation.ConstructorArguments.Length < 3)
            {
                return false; // Not the documented constructor: do not guess.
            }

            var authority = citation.ConstructorArguments[2];
            if (authority.Kind != TypedConstantKind.Enum || authority.Type is not INamedTypeSymbol enumType)
            {
                return false;
            }

            foreach (var member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true, Name: "Confirmed" } field && Equals(field.ConstantValue, authority.Value))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string Shorten(string text)
    {
        var oneLine = text.Replace("\r", "").Replace("\n", " ");
        return oneLine.Length <= 60 ? oneLine : oneLine.Substring(0, 57) + "...";
    }
}
