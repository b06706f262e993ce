namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>The person's own acts give the link a terrorism charge needs for its designation (spec D4).</summary>
internal sealed record TerrorismLinkSufficient(Charge Charge) : DerivedFact, IChargeFact
{
    public override string Label => $"terrorism link of charge {Charge.Id}";

    public string? ChargeId => Charge.Id;
}
