namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>At least one predominance factor pointing to a political character opens the test (spec D15).</summary>
internal sealed record PoliticalContext(int Opening) : DerivedFact
{
    public override string Label => "political context";
}
