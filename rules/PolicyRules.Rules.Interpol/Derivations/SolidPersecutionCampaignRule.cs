namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0817")]
[Description("Marks a persecution campaign against the person's group found by a court or an international body (spec D17).")]
[Citation(Sources.Rop, "§2.1.5 para 32(e)", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
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
