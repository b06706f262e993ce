namespace PolicyRules.Rules.Interpol.Article2;

[Name("INT-0507")]
[Description("A persecution campaign against a group the person belongs to, found by a court or an international body, bars processing.")]
[Citation(Sources.Constitution, "Arts 2(1), 3", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§2.1.5 para 32(e)", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.11", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Decides open question Q7: NGO or media reports of a campaign open the predominance test (INT-0457) but never decide the case. Minority status alone does not bar a request.")]
internal sealed class PersecutionCampaignEstablishedRule : PolicyRule
{
    public override void Define()
    {
        SolidPersecutionCampaign campaign = default!;

        When()
            .Match(() => campaign);

        Then()
            .Yield(ctx => ctx.Deny(
                $"{(campaign.Indicator.Source == EvidenceSource.CourtFinding ? "A court" : "An international body")} found a persecution campaign against a group to which the person belongs ({Words.Detail(campaign.Indicator.Detail)}); on such solid grounds minority membership bars processing.",
                campaign.Indicator));
    }
}
