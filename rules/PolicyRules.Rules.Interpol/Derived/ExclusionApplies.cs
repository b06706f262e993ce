namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>The charge falls in a category RPD Art. 83(1)(a)(i) excludes from Red Notices (spec D6).</summary>
internal sealed record ExclusionApplies(Charge Charge, ExclusionClass Class) : DerivedFact, IChargeFact
{
    public override string Label => $"exclusion of charge {Charge.Id}";

    public string? ChargeId => Charge.Id;
}
