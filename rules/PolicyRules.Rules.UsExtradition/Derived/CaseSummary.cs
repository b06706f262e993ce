using System.Collections.Immutable;

namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>What the charge assessments add up to, for the whole case.</summary>
internal sealed record CaseSummary : DerivedFact
{
    /// <summary>The assessments, in charge order.</summary>
    public required ImmutableArray<ChargeAssessment> Assessments { get; init; }

    /// <summary>No complaint has been filed: the case is at the screening stage (OIA and the Criminal Division).</summary>
    public required bool Screening { get; init; }

    /// <summary>At least one charge is extraditable.</summary>
    public bool AnyExtraditable => Assessments.Any(a => a.Extraditable);

    /// <summary>Every charge fails dual criminality.</summary>
    public bool AllDcFailed => !Assessments.IsEmpty && Assessments.All(a => a.DualCriminality == DualCriminality.Failed);

    /// <summary>Every charge fails dual criminality or is not covered, and at least one is not covered.</summary>
    public bool NoneExtraditableDetermined =>
        Assessments.All(a => a.Fails) && Assessments.Any(a => a.Coverage == Coverage.NotCovered);

    /// <summary>Some charge is still undetermined.</summary>
    public bool AnyUndetermined => Assessments.Any(a => a.Undetermined);

    /// <summary>The extraditable charges, e.g. "c1, c2".</summary>
    public string ExtraditableIds => string.Join(", ", Assessments.Where(a => a.Extraditable).Select(a => a.Charge.Id));

    /// <summary>The charges that are not extraditable, each with why, e.g. "c2 (not on the treaty list)".</summary>
    public string NotExtraditable => string.Join("; ", Assessments.Where(a => !a.Extraditable).Select(a => $"{a.Charge.Id} ({a.Why})"));

    /// <summary>The charges that fail, each with why.</summary>
    public string Failing => string.Join("; ", Assessments.Where(a => a.Fails).Select(a => $"{a.Charge.Id} ({a.Why})"));

    /// <summary>The undetermined charges, each with what is missing.</summary>
    public string UndeterminedText => string.Join("; ", Assessments.Where(a => a.Undetermined).Select(a => $"{a.Charge.Id} ({a.Why})"));

    /// <summary>The extraditable charges, or every charge when none is recorded as extraditable.</summary>
    public string SurrenderedIds => AnyExtraditable ? ExtraditableIds : AllIds;

    /// <summary>Every charge ID, e.g. "c1, c2".</summary>
    public string AllIds => string.Join(", ", Assessments.Select(a => a.Charge.Id));

    /// <inheritdoc />
    public override string Label => "charge assessments";
}
