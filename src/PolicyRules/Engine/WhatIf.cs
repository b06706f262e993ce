using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using PolicyRules.Cases;
using PolicyRules.Facts;
using PolicyRules.Json;
using PolicyRules.Verdicts;

namespace PolicyRules.Engine;

/// <summary>
/// Partial evaluation in a lawyer's words: for each open question of a verdict, the case is evaluated again with each of
/// its answers given, and the answer reports the outcome that would follow. Runs only when a rule asked, so a case whose
/// rules read no unknown fact pays nothing for it.
/// </summary>
internal static partial class WhatIf
{
    /// <summary>
    /// Distinct answers one evaluation tries at most. Each costs a whole evaluation, and a case at the size limits can ask
    /// hundreds (one penalty question per charge).
    /// </summary>
    public const int MaxAnswersEvaluated = 64;

    /// <summary>
    /// The work the what-if may do, in facts evaluated: each answer costs the case's fact count. A small case (about 10
    /// facts) tries up to <see cref="MaxAnswersEvaluated"/> answers, a 100-charge case about 20, the largest case the limits
    /// allow one or two. Counted, not timed, so the same case always gets the same answers evaluated on any machine.
    /// </summary>
    public const int MaxFactsEvaluated = 2_048;

    /// <summary>Fills in what each answer would do, and ranks the questions by what they decide.</summary>
    /// <param name="verdict">The verdict of <paramref name="policyCase"/>, its answers not yet evaluated.</param>
    /// <param name="policyCase">The case as stated.</param>
    /// <param name="evaluate">One evaluation of an answered case, without the what-if.</param>
    /// <param name="factCount">The case's fact count, the cost of one answer.</param>
    public static Verdict Resolve(Verdict verdict, Case policyCase, Func<Case, Verdict> evaluate, Func<int> factCount)
    {
        if (verdict.RuleSets.All(r => r.Questions.IsEmpty))
        {
            return verdict;
        }

        var cost = Math.Max(1, factCount());
        var evaluated = 0;
        var outOfTime = false;
        var outcomes = new Dictionary<(string Path, string Value), Answered>();
        Answered With(VerdictAnswer answer)
        {
            if (!outcomes.TryGetValue((answer.Path, answer.Value), out var answered))
            {
                // Past the bound nothing is applied either: reading an answered case back costs as much as evaluating it.
                answered = outOfTime || evaluated >= MaxAnswersEvaluated || (evaluated + 1) * cost > MaxFactsEvaluated ? Answered.NotEvaluated
                    : TryApply(policyCase, answer.Path, answer.Value) is not { } answeredCase ? Answered.RuledOut
                    : TryEvaluate(answeredCase);
                outcomes.Add((answer.Path, answer.Value), answered);
            }

            return answered;
        }

        // The verdict itself was reached inside the time budget; when the budget runs out during the what-if, the answers
        // not yet tried are listed without an outcome rather than losing the verdict.
        Answered TryEvaluate(Case answeredCase)
        {
            try
            {
                evaluated++;
                return new Answered(evaluate(answeredCase));
            }
            catch (PolicyEngineException e) when (e.BudgetExceeded)
            {
                outOfTime = true;
                return Answered.NotEvaluated;
            }
        }

        // An answer the case's own stated facts rule out (a sentence longer than the stated maximum, say) is not a possible
        // answer, so it is left out rather than evaluated.
        var ruleSets = verdict.RuleSets.Select(ruleSet => ruleSet.Questions.IsEmpty ? ruleSet : ruleSet with
        {
            Questions = Rank(ruleSet.Questions.Select(q => q with
            {
                Answers = [.. q.Answers
                    .Select(a => (Answer: a, Answered: With(a)))
                    .Where(x => !ReferenceEquals(x.Answered, Answered.RuledOut))
                    .Select(x => x.Answered.Verdict is { } answered
                        ? Outcome(x.Answer, answered.For(ruleSet.RuleSet)!)
                        : x.Answer with { Outcome = null, DecidedBy = [] })],
            })),
        });
        return verdict with { RuleSets = [.. ruleSets] };
    }

    /// <summary>What the what-if made of one answer: the verdict with it given, or why there is none.</summary>
    private sealed class Answered(Verdict? verdict)
    {
        /// <summary>The case's stated facts rule the answer out.</summary>
        public static readonly Answered RuledOut = new(null);

        /// <summary>Past <see cref="MaxAnswersEvaluated"/>.</summary>
        public static readonly Answered NotEvaluated = new(null);

        public Verdict? Verdict { get; } = verdict;
    }

    /// <summary>The case with the answer given, or null when the case's stated facts rule the answer out (the reader refuses the answered case).</summary>
    private static Case? TryApply(Case policyCase, string path, string value)
    {
        try
        {
            return Apply(policyCase, path, value);
        }
        catch (PolicyEngineException e) when (e.InnerException is CaseFormatException)
        {
            return null;
        }
    }

    /// <summary>The case with the value at <paramref name="path"/> replaced (objects on the way are created), read again as strictly as any case.</summary>
    public static Case Apply(Case policyCase, string path, string value)
    {
        var root = JsonNode.Parse(PolicyJson.Canonical(policyCase))!;
        JsonNode node = root;
        var steps = Steps(path);
        for (var i = 0; i < steps.Count - 1; i++)
        {
            node = steps[i] switch
            {
                string name => node[name] ??= new JsonObject(),
                int index => node[index]!,
                ById byId => node.AsArray().FirstOrDefault(item => item?[byId.Key]?.GetValue<string>() == byId.Id)
                    ?? throw new PolicyEngineException($"The answer path `{path}` names the list item \"{byId.Id}\", which the case does not have."),
                _ => throw new InvalidOperationException(),
            };
        }

        var parsed = JsonNode.Parse(value);
        switch (steps[^1])
        {
            case string name:
                node[name] = parsed;
                break;
            case int index:
                node[index] = parsed;
                break;
            default:
                throw new PolicyEngineException($"The answer path `{path}` must end in a field name or a list index.");
        }

        try
        {
            return CaseReader.Read(root.ToJsonString(), source: null);
        }
        catch (CaseFormatException e)
        {
            throw new PolicyEngineException($"The answer {value} to `{path}` makes the case invalid ({e.Message.TrimEnd('.')}); fix the answers of the rule that asks about `{path}`.", e);
        }
    }

    private static VerdictAnswer Outcome(VerdictAnswer answer, RuleSetVerdict answered) => answer with
    {
        Outcome = answered.Outcome,
        DecidedBy = [.. answered.Findings.Where(f => answered.Outcome != Verdicts.Outcome.Allow && Aggregation.Carries(f.Effect, answered.Outcome)).Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
    };

    /// <summary>Questions an answer of which would deny come first, then those whose answers lead further apart, then those more rules wait on.</summary>
    private static ImmutableArray<VerdictQuestion> Rank(IEnumerable<VerdictQuestion> questions) =>
    [
        .. questions
            .OrderBy(q => q.Answers.Any(a => a.Outcome is null) ? 1 : 0)
            .ThenBy(q => q.Answers.Any(a => a.Outcome == Verdicts.Outcome.Deny) ? 0 : 1)
            .ThenByDescending(q => q.Answers.Select(a => a.Outcome).Distinct().Count())
            .ThenByDescending(q => q.AskedBy.Length)
            .ThenBy(q => q.Question, StringComparer.Ordinal)
            .ThenBy(q => string.Join('\n', q.Paths), StringComparer.Ordinal),
    ];

    /// <summary>
    /// The steps of an answer path: field names, list indexes, and <c>[?(@.id=='c1')]</c> (any text field: <c>[?(@.chargeId=='c1')]</c>) for the list item with that value
    /// (rules know a charge by its ID, not by its place in the case file).
    /// </summary>
    private static List<object> Steps(string path)
    {
        var steps = new List<object>();
        var at = 1;
        foreach (Match step in StepPattern().Matches(path))
        {
            if (step.Index != at)
            {
                break;
            }

            at += step.Length;
            steps.Add(step.Groups["name"].Success ? step.Groups["name"].Value
                : step.Groups["index"].Success ? int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture)
                : new ById(step.Groups["key"].Value, step.Groups["id"].Value));
        }

        if (!path.StartsWith('$') || at != path.Length || steps.Count == 0)
        {
            throw new PolicyEngineException($"The answer path `{path}` is not a JSON path of the case; write it as $.field.field, with [n] or [?(@.key=='value')] for a list item.");
        }

        return steps;
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z][A-Za-z0-9]*)|\[(?<index>[0-9]+)\]|\[\?\(@\.(?<key>[A-Za-z]+)=='(?<id>[^']*)'\)\]")]
    private static partial Regex StepPattern();

    private sealed record ById(string Key, string Id);
}
