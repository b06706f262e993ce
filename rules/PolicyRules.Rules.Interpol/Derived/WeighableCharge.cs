namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>The charge has a character that can support a request and meets no Article 3 bar (spec D8, first half).</summary>
internal sealed record WeighableCharge(Charge Charge) : DerivedFact, IChargeFact
{
    public override string Label => $"ordinary or weighable charge {Charge.Id}";

    public string? ChargeId => Charge.Id;
}
