namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>A court or international body found a persecution campaign against the person's group (spec D17).</summary>
internal sealed record SolidPersecutionCampaign(ContextIndicator Indicator) : DerivedFact
{
    public override string Label => "established persecution campaign";
}
