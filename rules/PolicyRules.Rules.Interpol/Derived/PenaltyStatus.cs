namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>Whether the penalty data are stated and meet the threshold of RPD Art. 83(1)(a)(ii) (spec D5).</summary>
internal sealed record PenaltyStatus(Charge Charge, bool Known, bool Meets) : DerivedFact, IChargeFact
{
    public override string Label => $"penalty of charge {Charge.Id}";

    public string? ChargeId => Charge.Id;
}
