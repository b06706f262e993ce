namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>Every charge states its penal provision and penalty (spec D10).</summary>
internal sealed record JudicialDataComplete(Request Request) : DerivedFact
{
    public override string Label => "complete judicial data";
}
