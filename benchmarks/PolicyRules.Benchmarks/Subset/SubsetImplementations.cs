using System.Runtime.InteropServices;
using PolicyRules.Engine;
using PolicyRules.Facts;
using PolicyRules.Verdicts;
using RulesEngine.Models;
using Workflow = RulesEngine.Models.Workflow;

namespace PolicyRules.Benchmarks.Subset;

/// <summary>One finding of the benchmark subset in a form all three implementations can produce: rule ID and basis labels.</summary>
internal readonly record struct SubsetFinding(string RuleId, string Basis)
{
    public override string ToString() => $"{RuleId}: {Basis}";

    /// <summary>Sorted, so the comparison ignores the order each implementation happens to produce.</summary>
    public static IReadOnlyList<string> Normalise(IEnumerable<SubsetFinding> findings) =>
        [.. findings.Select(f => f.ToString()).Order(StringComparer.Ordinal)];
}

/// <summary>The subset through PolicyRules: the engine over the mirror rule classes only.</summary>
internal sealed class PolicyRulesSubset(PolicyEvaluator evaluator = PolicyEvaluator.Compiled)
{
    public PolicyEngine Engine { get; } = PolicyEngine.Create(Workloads.Options(evaluator, typeof(PolicyRulesSubset).Assembly));

    public Verdict Evaluate(Case policyCase) => Engine.Evaluate(policyCase);

    public static IEnumerable<SubsetFinding> Findings(Verdict verdict) =>
        verdict.RuleSets.SelectMany(rs => rs.Findings)
            .Where(f => f.RuleId.StartsWith("BIN-", StringComparison.Ordinal))
            .Select(f => new SubsetFinding(f.RuleId, string.Join(", ", f.Basis)));
}

/// <summary>The floor: the same five rules written as plain C#, as a developer would without any rules engine.</summary>
internal static class HandWrittenSubset
{
    private static readonly DateOnly InForceFrom = new(2012, 7, 1);

    public static List<SubsetFinding> Evaluate(Case policyCase)
    {
        var findings = new List<SubsetFinding>(4);
        if (policyCase.AsOf < InForceFrom)
        {
            return findings;
        }

        var redNotice = policyCase.Request.Kind == RequestKind.RedNotice;
        if (redNotice)
        {
            bool anyForProsecution = false, anyQualifying = false;
            foreach (var charge in policyCase.Charges)
            {
                if (charge.SentenceImposedMonths is null)
                {
                    anyForProsecution = true;
                    if (charge.MaxPenaltyMonths >= 24)
                    {
                        findings.Add(new SubsetFinding("BIN-0101", charge.Label));
                    }
                }

                if (charge.MaxPenaltyMonths >= 24 || charge.SentenceImposedMonths is not null)
                {
                    anyQualifying = true;
                }
            }

            if (anyForProsecution && !anyQualifying)
            {
                findings.Add(new SubsetFinding("BIN-0102", policyCase.Request.Label));
            }
        }

        foreach (var indicator in policyCase.Context)
        {
            if (indicator.Kind == ContextKind.PublishedCampaignList)
            {
                findings.Add(new SubsetFinding("BIN-0401", indicator.Label));
            }
            else if (indicator.Kind == ContextKind.PressureOnRelatives && indicator.ConcernsThisPerson)
            {
                findings.Add(new SubsetFinding("BIN-0402", indicator.Label));
            }
            else if (redNotice && indicator.Kind == ContextKind.StatedSubstituteForExtradition && indicator.ConcernsThisPerson
                && indicator.Source == EvidenceSource.RequesterOfficial)
            {
                findings.Add(new SubsetFinding("BIN-0104", $"{policyCase.Request.Label}, {indicator.Label}"));
            }
        }

        return findings;
    }
}

/// <summary>
/// The subset as Microsoft RulesEngine workflows, the way its users write per-item rules: one workflow per fact scope
/// (the case, each charge, each context indicator), lambda-expression strings, results read from the rule result trees.
/// </summary>
internal sealed class RulesEngineSubset
{
    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineSubset()
    {
        Workflow[] workflows =
        [
            new Workflow
            {
                WorkflowName = "case",
                Rules =
                [
                    Rule("BIN-0102", "request.Kind == RequestKind.RedNotice && charges.Any(SentenceImposedMonths == null) && !charges.Any(MaxPenaltyMonths >= 24 || SentenceImposedMonths != null)"),
                ],
            },
            new Workflow
            {
                WorkflowName = "charge",
                Rules = [Rule("BIN-0101", "request.Kind == RequestKind.RedNotice && charge.SentenceImposedMonths == null && charge.MaxPenaltyMonths >= 24")],
            },
            new Workflow
            {
                WorkflowName = "context",
                Rules =
                [
                    Rule("BIN-0401", "indicator.Kind == ContextKind.PublishedCampaignList"),
                    Rule("BIN-0402", "indicator.Kind == ContextKind.PressureOnRelatives && indicator.ConcernsThisPerson"),
                    Rule("BIN-0104", "request.Kind == RequestKind.RedNotice && indicator.Kind == ContextKind.StatedSubstituteForExtradition && indicator.ConcernsThisPerson && indicator.Source == EvidenceSource.RequesterOfficial"),
                ],
            },
        ];
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings
        {
            CustomTypes = [typeof(RequestKind), typeof(ContextKind), typeof(EvidenceSource)],
        });
    }

    private static Rule Rule(string id, string expression) => new()
    {
        RuleName = id,
        SuccessEvent = id,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = expression,
    };

    public List<SubsetFinding> Evaluate(Case policyCase)
    {
        var findings = new List<SubsetFinding>(4);
        var request = new RuleParameter("request", policyCase.Request);
        Collect(_engine.ExecuteAllRulesAsync("case", request, new RuleParameter("charges", ImmutableCollectionsMarshal.AsArray(policyCase.Charges) ?? [])).AsTask().GetAwaiter().GetResult(), findings, policyCase.Request.Label);
        foreach (var charge in policyCase.Charges)
        {
            Collect(_engine.ExecuteAllRulesAsync("charge", request, new RuleParameter("charge", charge)).AsTask().GetAwaiter().GetResult(), findings, charge.Label);
        }

        foreach (var indicator in policyCase.Context)
        {
            Collect(_engine.ExecuteAllRulesAsync("context", request, new RuleParameter("indicator", indicator)).AsTask().GetAwaiter().GetResult(), findings, indicator.Label, policyCase.Request.Label);
        }

        return findings;
    }

    private static void Collect(List<RuleResultTree> results, List<SubsetFinding> findings, string label, string? requestLabel = null)
    {
        foreach (var result in results)
        {
            if (result.ExceptionMessage is { Length: > 0 } error)
            {
                throw new InvalidOperationException($"RulesEngine rule {result.Rule.RuleName} failed: {error}");
            }

            if (result.IsSuccess)
            {
                // The one two-fact rule names the request first, as the PolicyRules mirror does.
                var basis = result.Rule.RuleName == "BIN-0104" ? $"{requestLabel}, {label}" : label;
                findings.Add(new SubsetFinding(result.Rule.RuleName, basis));
            }
        }
    }
}
