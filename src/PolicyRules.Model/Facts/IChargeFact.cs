namespace PolicyRules.Facts;

/// <summary>
/// A fact about one charge of the case (the charge itself, or something derived from it). A finding that rests on such a
/// fact is a finding on that charge: the verdict's per-charge outcomes are built from these references, never from labels.
/// </summary>
public interface IChargeFact : IDescribedFact
{
    /// <summary>The ID of the charge the fact concerns, e.g. "c1"; null when this instance concerns no charge.</summary>
    string? ChargeId { get; }
}
