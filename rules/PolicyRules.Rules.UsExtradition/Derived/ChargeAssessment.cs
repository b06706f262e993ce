namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>One charge assessed for dual criminality and treaty coverage.</summary>
internal sealed record ChargeAssessment : DerivedFact, IChargeFact
{
    /// <summary>The charge assessed.</summary>
    public required Charge Charge { get; init; }

    /// <summary>Whether the conduct is also a crime under U.S. law.</summary>
    public required DualCriminality DualCriminality { get; init; }

    /// <summary>Whether the basis (treaty or 3181(b)) covers the offence.</summary>
    public required Coverage Coverage { get; init; }

    /// <summary>Why the charge is not extraditable or not yet determined, in a few words; empty when extraditable.</summary>
    public required string Why { get; init; }

    /// <summary>Dual criminality is satisfied and the offence is covered.</summary>
    public bool Extraditable => DualCriminality == DualCriminality.Satisfied && Coverage == Coverage.Covered;

    /// <summary>Something is still to be analysed.</summary>
    public bool Undetermined => DualCriminality == DualCriminality.Undetermined || Coverage == Coverage.Undetermined;

    /// <summary>Dual criminality fails or the offence is not covered.</summary>
    public bool Fails => DualCriminality == DualCriminality.Failed || Coverage == Coverage.NotCovered;

    /// <inheritdoc />
    public override string Label => $"assessment of charge {Charge.Id}";

    /// <inheritdoc />
    public string? ChargeId => Charge.Id;
}

/// <summary>Whether the conduct charged is also a crime under U.S. law.</summary>
internal enum DualCriminality
{
    /// <summary>A U.S. analogue exists.</summary>
    Satisfied,

    /// <summary>The conduct is not a crime under U.S. law.</summary>
    Failed,

    /// <summary>Not yet analysed.</summary>
    Undetermined,
}

/// <summary>Whether the basis covers the offence.</summary>
internal enum Coverage
{
    /// <summary>Covered.</summary>
    Covered,

    /// <summary>Not covered.</summary>
    NotCovered,

    /// <summary>Not yet determined.</summary>
    Undetermined,

    /// <summary>Not applicable (no basis, or dual criminality failed).</summary>
    NotApplicable,
}
