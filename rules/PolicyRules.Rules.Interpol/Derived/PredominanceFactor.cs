namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>One RPD Art. 34(3) factor found in the case, with the way it points (spec D14).</summary>
/// <param name="Letter">The factor's letter in RPD Art. 34(3), a to g.</param>
/// <param name="Direction">Which way it points.</param>
/// <param name="OpensTest">Whether it alone opens the predominance test.</param>
/// <param name="Indicator">What was found, in words.</param>
/// <param name="Subject">The case fact it rests on.</param>
internal sealed record PredominanceFactor(char Letter, FactorDirection Direction, bool OpensTest, string Indicator, IDescribedFact Subject) : DerivedFact, IChargeFact
{
    public override string Label => $"factor 34(3)({Letter}) on {Subject.Label}";

    public string? ChargeId => (Subject as IChargeFact)?.ChargeId;
}

/// <summary>Which way a predominance factor points.</summary>
internal enum FactorDirection
{
    TowardsPolitical,
    TowardsOrdinary,
    Neutral,
}
