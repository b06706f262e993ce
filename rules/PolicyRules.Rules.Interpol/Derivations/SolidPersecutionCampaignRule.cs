namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0817")]
[Description("Marks a persecution campaign against the person's group found by a court or an international body (spec D17).")]
[Citation(Sources.Rop, "§2.1.5 para 32(e)", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Priority(1)]
internal sealed class SolidPersecutionCampaignRule : PolicyRule
{
    public override void Define()
    {
        ContextIndicator indicator = default!;

        When()
            .Match(() => indicator,
                i => i.Kind == ContextKind.PersecutionCampaignAgainstGroup,
                i => i.ConcernsThisPerson,
                i => i.Source == EvidenceSource.CourtFinding || i.Source == EvidenceSource.InternationalBody);

        Then()
            .Yield(_ => new SolidPersecutionCampaign(indicator));
    }
}
