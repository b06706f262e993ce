using System.Globalization;

namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>The treaty clock of a provisional arrest: when it started, when the formal request is due, and whether it lapsed.</summary>
internal sealed record ProvisionalArrestClock : DerivedFact
{
    /// <summary>The day the period runs from.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>The event the period runs from, in words ("arrest" or "the opening of proceedings").</summary>
    public required string StartEvent { get; init; }

    /// <summary>The last day of the period (inside it); null when the treaty period is not known.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The period in words, e.g. "45 days"; null when not known.</summary>
    public string? Period { get; init; }

    /// <summary>The earliest formal request received through a proper channel and not found out of order, if any.</summary>
    public UsRequest? Formal { get; init; }

    /// <summary>A formal request arrived on or before the deadline (listed with its date, or stated in time without one).</summary>
    public required bool FormalInTime { get; init; }

    /// <summary>
    /// The deadline has passed without a formal request in time: one is listed as received late, or the case states that
    /// none arrived in time (<c>formalRequestInTime: false</c>).
    /// </summary>
    public required bool Lapsed { get; init; }

    /// <summary>
    /// The deadline has passed and the case neither lists a formal request nor states whether one arrived in time: unknown,
    /// not lapsed (USX-0406 asks).
    /// </summary>
    public required bool FormalUnknown { get; init; }

    /// <summary>The period in words, or "not recorded".</summary>
    public string PeriodText => Period ?? "not recorded";

    /// <summary>Empty, or " (formal request r2 received late, on yyyy-MM-dd)" when a formal request came after the deadline.</summary>
    public string LateFormalText => Formal is not null && !FormalInTime
        ? $" (formal request {Formal.Id} was received late, on {UsFacts.Iso(Formal.ReceivedOn)})"
        : string.Empty;

    /// <summary>When the formal request is due, in words: "by 2025-06-15 (treaty period 45 days)" or the treaty's own date when not recorded.</summary>
    public string DueText => Deadline is null
        ? "by the date the treaty sets (the period is not recorded in the treaty table)"
        : $"by {DeadlineText} (treaty period {Period})";

    /// <summary>The start day as yyyy-MM-dd.</summary>
    public string StartText => UsFacts.Iso(Start);

    /// <summary>The deadline as yyyy-MM-dd, or "unknown".</summary>
    public string DeadlineText => Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";

    /// <inheritdoc />
    public override string Label => "provisional-arrest clock";
}
