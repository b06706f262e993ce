namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>The stated purpose is shown not to be pursued (spec D12).</summary>
internal sealed record PurposeDefeated(string Cause) : DerivedFact
{
    public override string Label => $"defeated purpose ({Cause})";
}
