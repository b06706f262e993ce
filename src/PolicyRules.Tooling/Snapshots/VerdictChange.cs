using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PolicyRules.Json;
using PolicyRules.Verdicts;

namespace PolicyRules.Snapshots;

/// <summary>How a finding differs between two verdicts of the same case.</summary>
public enum FindingChangeKind
{
    /// <summary>The rule now finds something it did not find before.</summary>
    Added,

    /// <summary>The rule no longer finds what it found before.</summary>
    Removed,

    /// <summary>The rule still finds on the same facts, but with another effect, reason, basis, citations or date.</summary>
    Changed,
}

/// <summary>One finding that differs between the verdict before and the verdict after, named by its rule ID.</summary>
/// <param name="RuleSet">The rule set the finding belongs to.</param>
/// <param name="RuleId">The rule's permanent ID.</param>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Before">The finding before (null when added).</param>
/// <param name="After">The finding after (null when removed).</param>
public sealed record FindingDifference(string RuleSet, string RuleId, FindingChangeKind Kind, VerdictFinding? Before, VerdictFinding? After)
{
    /// <summary>The effect changed, e.g. review to deny.</summary>
    public bool EffectChanged => Before is not null && After is not null && Before.Effect != After.Effect;

    /// <summary>The one-sentence reason changed.</summary>
    public bool ReasonChanged => Before is not null && After is not null && Before.Reason != After.Reason;

    /// <summary>The facts the finding rests on changed.</summary>
    public bool BasisChanged => Before is not null && After is not null && !Before.Basis.SequenceEqual(After.Basis);

    /// <summary>The citations or the effective-from date changed.</summary>
    public bool CitationsChanged => Before is not null && After is not null &&
        (!Before.Citations.SequenceEqual(After.Citations) || Before.EffectiveFrom != After.EffectiveFrom);

    /// <summary>Whether the change touches what the finding says (effect, reason, facts), not only how it is cited.</summary>
    public bool IsSubstantive => Kind != FindingChangeKind.Changed || EffectChanged || ReasonChanged || BasisChanged;

    /// <summary>One or more plain sentences a lawyer can read, e.g. "INT-0402 changes its effect from review to deny: ...".</summary>
    public IEnumerable<string> Sentences()
    {
        switch (Kind)
        {
            case FindingChangeKind.Added:
                yield return $"{RuleId} now finds ({Word(After!.Effect)}): {After.Reason}";
                yield break;
            case FindingChangeKind.Removed:
                yield return $"{RuleId} no longer finds ({Word(Before!.Effect)}): {Before.Reason}";
                yield break;
        }

        if (EffectChanged)
        {
            yield return $"{RuleId} changes its effect from {Word(Before!.Effect)} to {Word(After!.Effect)}: {After.Reason}";
        }

        if (ReasonChanged)
        {
            yield return $"{RuleId} gives another reason ({Word(After!.Effect)}): was \"{Before!.Reason}\"; now \"{After.Reason}\"";
        }

        if (BasisChanged)
        {
            yield return $"{RuleId} now rests on {Facts(After!.Basis)} (was {Facts(Before!.Basis)})";
        }

        if (CitationsChanged)
        {
            yield return $"{RuleId} now cites {Cites(After!)} (was {Cites(Before!)})";
        }
    }

    internal static string Word(Enum value) => VerdictText.Word(value);

    private static string Facts(ImmutableArray<string> basis) => basis.IsEmpty ? "no stated fact" : string.Join(", ", basis);

    private static string Cites(VerdictFinding finding) =>
        string.Join("; ", finding.Citations.Select(c => c.ToString())) +
        (finding.EffectiveFrom is { } from ? string.Create(CultureInfo.InvariantCulture, $", in force from {from:yyyy-MM-dd}") : string.Empty);
}

/// <summary>How one rule set's part of a verdict differs: its outcome, and its findings by rule ID.</summary>
/// <param name="RuleSet">The rule set's short name.</param>
/// <param name="OutcomeBefore">The outcome word before (e.g. "review"); null when the rule set was not in the verdict before.</param>
/// <param name="OutcomeAfter">The outcome word after; null when the rule set is no longer in the verdict.</param>
/// <param name="Findings">The findings that differ, in rule-ID order.</param>
/// <param name="Other">Plain sentences for anything else that changed (version, meaning).</param>
public sealed record RuleSetChange(
    string RuleSet,
    string? OutcomeBefore,
    string? OutcomeAfter,
    ImmutableArray<FindingDifference> Findings,
    ImmutableArray<string> Other)
{
    /// <summary>The outcome differs.</summary>
    public bool OutcomeChanged => OutcomeBefore != OutcomeAfter;

    /// <summary>The plain sentence about the outcome, or null when it held.</summary>
    public string? OutcomeSentence => (OutcomeBefore, OutcomeAfter) switch
    {
        (null, { } after) => $"{RuleSet}: now evaluated, outcome {after}.",
        ({ } before, null) => $"{RuleSet}: no longer evaluated (was {before}).",
        _ when OutcomeChanged => $"{RuleSet}: the outcome changes from {OutcomeBefore} to {OutcomeAfter}.",
        _ => null,
    };
}

/// <summary>
/// What changed between two verdicts of the same case, in the words a lawyer reviews: per rule set the outcome from and to,
/// then the findings added, removed or changed (effect, reason, facts relied on, citations), by rule ID. Generic over
/// effects and outcomes: it names them by their verdict words and never enumerates them. The one comparison behind
/// <c>policyrules verify</c>, <c>policyrules impact</c> and the workbench's review page.
/// </summary>
/// <param name="Scenario">The case's one-line description (after the change, else before), when it has one.</param>
/// <param name="RuleSets">The rule sets whose part differs, in the order of the verdict after.</param>
/// <param name="Other">Plain sentences for changes outside the rule sets (description, as-of date, or anything not itemised).</param>
public sealed record VerdictChange(string? Scenario, ImmutableArray<RuleSetChange> RuleSets, ImmutableArray<string> Other)
{
    /// <summary>Nothing differs.</summary>
    public bool IsEmpty => RuleSets.IsEmpty && Other.IsEmpty;

    /// <summary>Some rule set's outcome differs.</summary>
    public bool OutcomeChanged => RuleSets.Any(r => r.OutcomeChanged);

    /// <summary>A finding was added or removed, or changed its effect, reason or the facts it rests on.</summary>
    public bool FindingsChanged => RuleSets.Any(r => r.Findings.Any(f => f.IsSubstantive));

    /// <summary>Compares two verdicts of one case; <paramref name="before"/> null means there was no verdict before.</summary>
    public static VerdictChange Between(Verdict? before, Verdict after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var other = ImmutableArray.CreateBuilder<string>();
        if (before is not null && before.Scenario != after.Scenario)
        {
            other.Add($"The case description changed: was \"{before.Scenario}\"; now \"{after.Scenario}\".");
        }

        if (before is not null && before.AsOf != after.AsOf)
        {
            other.Add(string.Create(CultureInfo.InvariantCulture, $"The case is judged as of {after.AsOf:yyyy-MM-dd} (was {before.AsOf:yyyy-MM-dd})."));
        }

        var sets = ImmutableArray.CreateBuilder<RuleSetChange>();
        var names = after.RuleSets.Select(r => r.RuleSet)
            .Concat(before?.RuleSets.Select(r => r.RuleSet) ?? [])
            .Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (Compare(name, before?.For(name), after.For(name)) is { } change)
            {
                sets.Add(change);
            }
        }

        if (before is not null && sets.Count == 0 && other.Count == 0 && PolicyJson.Canonical(before) != PolicyJson.Canonical(after))
        {
            other.Add("Other details of the verdict changed; see the raw diff.");
        }

        return new VerdictChange(after.Scenario ?? before?.Scenario, sets.ToImmutable(), other.ToImmutable());
    }

    /// <summary>The change as plain sentences, one per line, outcomes first; indented findings under their rule set.</summary>
    public IEnumerable<string> Lines()
    {
        foreach (var set in RuleSets)
        {
            yield return set.OutcomeSentence ?? $"{set.RuleSet}: the outcome stays {set.OutcomeAfter}.";
            foreach (var sentence in set.Findings.SelectMany(f => f.Sentences()).Concat(set.Other))
            {
                yield return "  " + sentence;
            }
        }

        foreach (var sentence in Other)
        {
            yield return sentence;
        }
    }

    /// <summary>Plain text: the scenario's description (or <paramref name="name"/>), then <see cref="Lines"/>.</summary>
    public string Text(string? name = null)
    {
        var text = new StringBuilder();
        var title = Title(name);
        if (title.Length > 0)
        {
            text.Append(title).Append('\n');
        }

        foreach (var line in Lines())
        {
            text.Append("  ").Append(line).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Markdown: a bullet per rule set, a nested bullet per finding sentence.</summary>
    public string Markdown()
    {
        var text = new StringBuilder();
        foreach (var line in Lines())
        {
            var nested = line.StartsWith("  ", StringComparison.Ordinal);
            text.Append(nested ? "  - " : "- ").Append(Escape(line.TrimStart())).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The scenario's description and its name, as far as known: "Description (name)".</summary>
    public string Title(string? name) => (Scenario, name) switch
    {
        ({ } s, { } n) => $"{s} ({n})",
        ({ } s, null) => s,
        (null, { } n) => n,
        _ => string.Empty,
    };

    private static string Escape(string text) => text.Replace("<", "&lt;", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    private static RuleSetChange? Compare(string name, RuleSetVerdict? before, RuleSetVerdict? after)
    {
        var outcomeBefore = before is null ? null : FindingDifference.Word(before.Outcome);
        var outcomeAfter = after is null ? null : FindingDifference.Word(after.Outcome);
        var findings = Findings(name, before?.Findings ?? [], after?.Findings ?? []);
        var other = ImmutableArray.CreateBuilder<string>();
        if (before is not null && after is not null && before.Version != after.Version)
        {
            other.Add($"{name} version {after.Version} (was {before.Version})");
        }

        if (before is not null && after is not null && before.Meaning != after.Meaning && before.Outcome == after.Outcome)
        {
            other.Add($"the outcome now reads \"{after.Meaning}\" (was \"{before.Meaning}\")");
        }

        other.AddRange(ChargeChanges(before?.Charges ?? [], after?.Charges ?? []));
        return outcomeBefore == outcomeAfter && findings.IsEmpty && other.Count == 0
            ? null
            : new RuleSetChange(name, outcomeBefore, outcomeAfter, findings, other.ToImmutable());
    }

    /// <summary>One sentence per charge whose outcome, or the rules deciding it, changed, in charge order.</summary>
    private static IEnumerable<string> ChargeChanges(ImmutableArray<ChargeVerdict> before, ImmutableArray<ChargeVerdict> after)
    {
        static string State(ChargeVerdict? charge) => charge is null
            ? "no per-charge outcome"
            : $"{FindingDifference.Word(charge.Outcome)}, {(charge.DecidedBy.IsEmpty ? "nothing affirmed it" : $"decided by {string.Join(", ", charge.DecidedBy)}")}";

        var ids = before.Select(c => c.Charge).Concat(after.Select(c => c.Charge)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var (old, now) = (State(before.FirstOrDefault(c => c.Charge == id)), State(after.FirstOrDefault(c => c.Charge == id)));
            if (old != now)
            {
                yield return $"charge {id}: {now} (was {old})";
            }
        }
    }

    /// <summary>
    /// Pairs the findings of one rule set by rule ID: identical findings cancel; of the rest, a finding on the same facts
    /// (basis) as one before is that finding changed, then remaining ones pair in canonical order; what is left was added
    /// or removed. So an effect that turns from review to deny reads as one change, not an addition and a removal.
    /// </summary>
    private static ImmutableArray<FindingDifference> Findings(string ruleSet, ImmutableArray<VerdictFinding> before, ImmutableArray<VerdictFinding> after)
    {
        var differences = new List<FindingDifference>();
        var ruleIds = before.Select(f => f.RuleId).Concat(after.Select(f => f.RuleId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var ruleId in ruleIds)
        {
            var old = before.Where(f => f.RuleId == ruleId).ToList();
            var now = after.Where(f => f.RuleId == ruleId).ToList();
            foreach (var finding in now.ToList())
            {
                if (old.FindIndex(o => Same(o, finding)) is var i and >= 0)
                {
                    old.RemoveAt(i);
                    now.Remove(finding);
                }
            }

            foreach (var finding in now.ToList())
            {
                if (old.FindIndex(o => o.Basis.SequenceEqual(finding.Basis)) is var i and >= 0)
                {
                    differences.Add(new FindingDifference(ruleSet, ruleId, FindingChangeKind.Changed, old[i], finding));
                    old.RemoveAt(i);
                    now.Remove(finding);
                }
            }

            var paired = Math.Min(old.Count, now.Count);
            differences.AddRange(old.Take(paired).Zip(now).Select(p => new FindingDifference(ruleSet, ruleId, FindingChangeKind.Changed, p.First, p.Second)));
            differences.AddRange(old.Skip(paired).Select(f => new FindingDifference(ruleSet, ruleId, FindingChangeKind.Removed, f, null)));
            differences.AddRange(now.Skip(paired).Select(f => new FindingDifference(ruleSet, ruleId, FindingChangeKind.Added, null, f)));
        }

        return [.. differences];
    }

    private static bool Same(VerdictFinding a, VerdictFinding b) =>
        a.RuleId == b.RuleId && a.Effect == b.Effect && a.Reason == b.Reason && a.EffectiveFrom == b.EffectiveFrom &&
        a.Basis.SequenceEqual(b.Basis) && a.Citations.SequenceEqual(b.Citations);
}
