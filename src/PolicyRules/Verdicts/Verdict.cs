using System.Collections.Immutable;

namespace PolicyRules.Verdicts;

/// <summary>The answer to one case: an outcome per rule set, each with its cited findings.</summary>
public sealed record Verdict
{
    /// <summary>The case's one-line description, when it has one.</summary>
    public string? Scenario { get; init; }

    /// <summary>The date the case was judged as of.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>One entry per evaluated rule set, in rule-set order.</summary>
    public required ImmutableArray<RuleSetVerdict> RuleSets { get; init; }

    /// <summary>The verdict of the named rule set, or null when it was not evaluated.</summary>
    public RuleSetVerdict? For(string ruleSet) => RuleSets.FirstOrDefault(r => r.RuleSet == ruleSet);
}

/// <summary>The outcome of one rule set, ordered from refusal towards allow (needs-information can still turn to deny).</summary>
public enum Outcome
{
    /// <summary>A deciding finding refuses the request.</summary>
    Deny,

    /// <summary>
    /// Nothing stated denies, but a fact nobody has stated could decide: the verdict lists the questions to send back, each
    /// with what its answers would do.
    /// </summary>
    NeedsInformation,

    /// <summary>A human must decide: a finding asks for review, or nothing affirmed the request.</summary>
    Review,

    /// <summary>Affirmative findings only.</summary>
    Allow,
}

/// <summary>One rule set's outcome and the findings it rests on.</summary>
public sealed record RuleSetVerdict
{
    /// <summary>The rule set's short name, e.g. "interpol".</summary>
    public required string RuleSet { get; init; }

    /// <summary>The rule set's version; absent in the snapshot form, where it is catalogue data.</summary>
    public string? Version { get; init; }

    /// <summary>The outcome.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>
    /// What the outcome means in this rule set's domain, e.g. "not compliant: refuse or delete"; absent in the snapshot form,
    /// where it follows from the outcome.
    /// </summary>
    public string? Meaning { get; init; }

    /// <summary>The findings in canonical order: deny, ask, review, allow, note; then by rule ID and reason.</summary>
    public required ImmutableArray<VerdictFinding> Findings { get; init; }

    /// <summary>
    /// The open questions whose answers would decide, most decisive first (see docs/verdicts.md, "Questions"); empty when
    /// no rule asked. Not written to JSON when empty.
    /// </summary>
    public ImmutableArray<VerdictQuestion> Questions { get; init; } = [];

    /// <summary>
    /// The outcome on each charge of the case, in ordinal order of charge ID (see docs/verdicts.md, "Per-charge outcomes");
    /// empty when the rule set states no per-charge outcomes or the case has no charges. Not written to JSON when empty.
    /// </summary>
    public ImmutableArray<ChargeVerdict> Charges { get; init; } = [];
}

/// <summary>
/// The outcome on one charge: whether it may be included in the notice, whether it is extraditable on this count. Built from
/// the findings on the charge and on the request as a whole, in the same order of effects as the rule set's outcome.
/// </summary>
public sealed record ChargeVerdict
{
    /// <summary>The charge's ID in the case, e.g. "c1".</summary>
    public required string Charge { get; init; }

    /// <summary>The outcome on this charge.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>
    /// What the outcome means for a charge here, e.g. "may be included in the notice"; absent in the snapshot form, where it
    /// follows from the outcome.
    /// </summary>
    public string? Meaning { get; init; }

    /// <summary>The rules whose findings set the outcome, on this charge or on the whole request; empty when nothing affirmed the charge.</summary>
    public required ImmutableArray<string> DecidedBy { get; init; }

    /// <summary>The rules with a finding on this charge, in the order of the rule set's findings.</summary>
    public required ImmutableArray<string> Findings { get; init; }
}

/// <summary>An open question of a verdict: what to ask, which facts it concerns, who waits on it, what each answer does.</summary>
public sealed record VerdictQuestion
{
    /// <summary>The question in plain words.</summary>
    public required string Question { get; init; }

    /// <summary>The JSON paths of the case whose values would answer it.</summary>
    public required ImmutableArray<string> Paths { get; init; }

    /// <summary>The IDs of the rules that asked it (they decide once it is answered).</summary>
    public required ImmutableArray<string> AskedBy { get; init; }

    /// <summary>Each answer worth trying and the outcome the case would then have (the what-if).</summary>
    public required ImmutableArray<VerdictAnswer> Answers { get; init; }
}

/// <summary>One answer to an open question and what it would do: the case is evaluated again with the answer given.</summary>
public sealed record VerdictAnswer
{
    /// <summary>How the answer reads, e.g. "no".</summary>
    public required string Answer { get; init; }

    /// <summary>The JSON path the answer sets.</summary>
    public required string Path { get; init; }

    /// <summary>The JSON value the path takes, as text.</summary>
    public required string Value { get; init; }

    /// <summary>
    /// The rule set's outcome with this answer given (other open questions still open); null when the what-if did not
    /// evaluate it because the case has more answers than one evaluation may try (see docs/verdicts.md).
    /// </summary>
    public Outcome? Outcome { get; init; }

    /// <summary>The rules whose findings carry that outcome (the deny rules for deny, the asking rules for needs-information, ...).</summary>
    public required ImmutableArray<string> DecidedBy { get; init; }
}

/// <summary>A finding as reported in a verdict: the rule's reason with its citations and basis.</summary>
public sealed record VerdictFinding
{
    /// <summary>One plain sentence saying why.</summary>
    public required string Reason { get; init; }

    /// <summary>The rule's permanent ID.</summary>
    public required string RuleId { get; init; }

    /// <summary>What the finding does to the outcome.</summary>
    public required Effect Effect { get; init; }

    /// <summary>The provisions the rule rests on.</summary>
    public required ImmutableArray<Citation> Citations { get; init; }

    /// <summary>Labels of the facts the finding rests on.</summary>
    public required ImmutableArray<string> Basis { get; init; }

    /// <summary>The first day the rule applies; absent in the snapshot form, where it is catalogue data.</summary>
    public DateOnly? EffectiveFrom { get; init; }
}

/// <summary>A legal citation: instrument, pinpoint, how firmly confirmed, and where to read it.</summary>
public sealed record Citation
{
    /// <summary>The instrument, e.g. "RPD".</summary>
    public required string Instrument { get; init; }

    /// <summary>The pinpoint, e.g. "Art. 83(1)(a)(ii)".</summary>
    public required string Pinpoint { get; init; }

    /// <summary>How firmly the source has been confirmed.</summary>
    public required Authoring.Authority Authority { get; init; }

    /// <summary>Where to read it, when known; absent in the snapshot form, where it is catalogue data.</summary>
    public string? Url { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Instrument} {Pinpoint}";
}
