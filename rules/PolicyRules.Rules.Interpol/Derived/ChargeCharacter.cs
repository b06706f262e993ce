namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>The character of a charge for Articles 2 and 3 (spec D1).</summary>
internal sealed record ChargeCharacter(Charge Charge, ChargeCharacterKind Character) : DerivedFact, IChargeFact
{
    public override string Label => $"character of charge {Charge.Id}";

    public string? ChargeId => Charge.Id;
}

/// <summary>The characters a charge can have (spec D1).</summary>
internal enum ChargeCharacterKind
{
    Ordinary,
    RelativePolitical,
    PurePolitical,
    PureMilitary,
    PureReligious,
    PureRacial,
    SexualOrientationGender,
    UncertainPure,
    Terrorism,
    InternationalCrime,
}
