namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>The charge meets the core condition of an Article 3 bar (spec D2); RuleIds names the bars.</summary>
internal sealed record Art3Barred(Charge Charge, string RuleIds) : DerivedFact, IChargeFact
{
    public override string Label => $"Article 3 bar on charge {Charge.Id}";

    public string? ChargeId => Charge.Id;
}
