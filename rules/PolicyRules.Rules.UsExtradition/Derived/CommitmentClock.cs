using System.Globalization;

namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>The 18 U.S.C. 3188 clock: two calendar months from commitment plus the time to convey the person.</summary>
internal sealed record CommitmentClock : DerivedFact
{
    /// <summary>The day of certification and commitment.</summary>
    public required DateOnly CommittedOn { get; init; }

    /// <summary>The last day before the person may apply for discharge.</summary>
    public required DateOnly Earliest { get; init; }

    /// <summary>The days allowed to convey the person.</summary>
    public required int TravelAllowanceDays { get; init; }

    /// <summary>The period has passed with no surrender, discharge or denial.</summary>
    public required bool Elapsed { get; init; }

    /// <summary>The commitment day as yyyy-MM-dd.</summary>
    public string CommittedText => CommittedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The end of the period as yyyy-MM-dd.</summary>
    public string EarliestText => Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string Label => "18 U.S.C. 3188 clock";
}
