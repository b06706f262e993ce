namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>The charge alone meets every Red Notice condition of RPD Art. 83(1)(a)(i)-(ii) (spec D8).</summary>
internal sealed record ChargeQualifies(Charge Charge) : DerivedFact, IChargeFact
{
    public override string Label => $"qualifying charge {Charge.Id}";

    public string? ChargeId => Charge.Id;
}
