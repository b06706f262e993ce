using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PolicyRules.Analyzers;

/// <summary>
/// PR0403: a rule that decides (yields Deny or Allow) and never asks (no Ask) reads a three-valued flag (<c>bool?</c>) in
/// a way that treats unknown as false: <c>flag != true</c>, or <c>flag ?? false</c> / <c>flag ?? true</c>. Unknown is not
/// absent: such a rule denies or allows on a fact nobody stated. Compare with <c>== false</c> (only a stated no), or add an
/// Ask branch for the unknown case.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownReadAsFalseAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnknownReadAsFalse);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.TryCreate(start.Compilation);
            if (symbols?.Findings is null || symbols.RightHandSide is null)
            {
                return;
            }

            start.RegisterOperationBlockAction(block => Analyze(block, symbols));
        });
    }

    private static void Analyze(OperationBlockAnalysisContext context, KnownSymbols symbols)
    {
        if (context.OwningSymbol is not IMethodSymbol { Name: "Define" } method || !symbols.IsRuleClass(method.ContainingType))
        {
            return;
        }

        var decides = false;
        var asks = false;
        var suspects = new List<IOperation>();
        foreach (var root in context.OperationBlocks)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInvocationOperation call when SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, symbols.Findings):
                        decides |= call.TargetMethod.Name is "Deny" or "Allow";
                        asks |= call.TargetMethod.Name == "Ask";
                        break;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.NotEquals } binary
                        when (IsNullableBool(binary.LeftOperand) && IsTrue(binary.RightOperand)) || (IsNullableBool(binary.RightOperand) && IsTrue(binary.LeftOperand)):
                        suspects.Add(binary);
                        break;
                    case ICoalesceOperation coalesce when IsNullableBool(coalesce.Value) && coalesce.WhenNull.WalkDownConversions() is ILiteralOperation { ConstantValue: { HasValue: true, Value: bool } }:
                        suspects.Add(coalesce);
                        break;
                }
            }
        }

        if (!decides || asks)
        {
            return;
        }

        foreach (var suspect in suspects)
        {
            if (!InsideYield(suspect, symbols))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownReadAsFalse, suspect.Syntax.GetLocation(), method.ContainingType.Name, suspect.Syntax.ToString()));
            }
        }
    }

    private static bool IsNullableBool(IOperation operand)
    {
        var type = operand.WalkDownConversions()?.Type;
        return type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean;
    }

    private static bool IsTrue(IOperation operand) =>
        operand.WalkDownConversions() is ILiteralOperation { ConstantValue: { HasValue: true, Value: true } };

    /// <summary>Reads inside a Yield build the reason text; only conditions decide whether the rule fires.</summary>
    private static bool InsideYield(IOperation operation, KnownSymbols symbols)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IInvocationOperation { TargetMethod.Name: "Yield" } call
                && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, symbols.RightHandSide))
            {
                return true;
            }
        }

        return false;
    }
}
