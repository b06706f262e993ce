namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>The charge is on the reported list of excluded offences and no analyst has classified it (spec D7).</summary>
internal sealed record GsListUnassessed(Charge Charge) : DerivedFact, IChargeFact
{
    public override string Label => $"listed offence {Charge.Id}";

    public string? ChargeId => Charge.Id;
}
