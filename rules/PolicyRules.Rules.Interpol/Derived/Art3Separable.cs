namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>A barred charge sits beside a charge that may support the request, so the separation practice applies (spec D3).</summary>
internal sealed record Art3Separable(Charge Charge, string RuleIds) : DerivedFact, IChargeFact
{
    public override string Label => $"separable charge {Charge.Id}";

    public string? ChargeId => Charge.Id;
}
