namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>A human-rights concern that is not established by a competent body but needs review (spec INT-0506).</summary>
/// <param name="Description">The concern in words: kind, basis and detail.</param>
/// <param name="Subject">The concern or charge it rests on.</param>
internal sealed record Article2Doubt(string Description, IDescribedFact Subject) : DerivedFact, IChargeFact
{
    public override string Label => $"human-rights doubt on {Subject.Label}";

    public string? ChargeId => (Subject as IChargeFact)?.ChargeId;
}
