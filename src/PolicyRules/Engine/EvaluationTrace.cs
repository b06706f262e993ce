using System.Collections.Immutable;
using PolicyRules.Facts;
using PolicyRules.Verdicts;

namespace PolicyRules.Engine;

/// <summary>One rule firing, in the order the engine fired it.</summary>
internal sealed record RuleFiring(int Step, string RuleId, string RuleSet, ImmutableArray<string> Facts);

/// <summary>A verdict with the rule firings that produced it: the minimal explanation, until a richer trace replaces it.</summary>
internal sealed record EvaluationTrace(Verdict Verdict, ImmutableArray<RuleFiring> Firings)
{
    /// <summary>The label a reader can find in the case for a matched fact.</summary>
    internal static string LabelOf(object? fact) => fact switch
    {
        IDescribedFact described => described.Label,
        Finding finding => $"finding of {finding.RuleId}",
        null => "nothing",
        _ => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(fact.GetType().Name),
    };
}
