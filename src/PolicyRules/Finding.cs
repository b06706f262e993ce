namespace PolicyRules;

/// <summary>
/// A conclusion a rule yields: which rule, with what effect, why (one sentence built from the facts), and the facts it rests on.
/// Findings are facts in the session too, so a rule of one rule set can read another rule set's findings.
/// </summary>
/// <remarks>
/// Identity is by reference (see the engine's fact identity comparer), so two activations that conclude the same thing
/// never collide as duplicate facts.
/// </remarks>
public sealed class Finding(string ruleId, string ruleSet, Effect effect, string reason, IReadOnlyList<string> basis)
{
    /// <summary>A finding whose basis facts name no charge: it concerns the request as a whole.</summary>
    private static readonly IReadOnlyList<string> NoCharges = [];

    /// <summary>The permanent ID of the rule that concluded this.</summary>
    public string RuleId { get; } = ruleId;

    /// <summary>The name of the rule set the rule belongs to.</summary>
    public string RuleSet { get; } = ruleSet;

    /// <summary>What this finding does to the outcome.</summary>
    public Effect Effect { get; } = effect;

    /// <summary>One plain sentence saying why, built from the facts.</summary>
    public string Reason { get; } = reason;

    /// <summary>Labels of the facts this finding rests on, e.g. "charge c1".</summary>
    public IReadOnlyList<string> Basis { get; } = basis;

    /// <summary>
    /// The IDs of the charges the finding rests on (from the basis facts that are <see cref="Facts.IChargeFact"/>s), in
    /// ordinal order; empty when it concerns the request as a whole. The verdict's per-charge outcomes read these.
    /// </summary>
    public IReadOnlyList<string> Charges { get; init; } = NoCharges;

    /// <summary>
    /// What the finding does to the charges it concerns when that differs from its <see cref="Effect"/> on the request, e.g.
    /// a note that leaves the request standing but keeps one charge out of it; null when the effect is the same.
    /// </summary>
    public Effect? ChargeEffect { get; init; }

    /// <summary>For an <see cref="Effect.Ask"/> finding, the question whose answer would decide; otherwise null.</summary>
    public Question? Question { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Effect}: {Reason}";
}
