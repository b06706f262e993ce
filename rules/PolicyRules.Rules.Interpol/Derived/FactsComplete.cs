namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>The summary gives the person's own acts, time and place (spec D11).</summary>
internal sealed record FactsComplete(SummaryOfFacts Summary) : DerivedFact
{
    public override string Label => "complete summary of facts";
}
