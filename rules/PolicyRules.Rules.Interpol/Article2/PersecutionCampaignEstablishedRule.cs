namespace PolicyRules.Rules.Interpol.Article2;

[Name("INT-0507")]
[Description("A persecution campaign against a group the person belongs to, found by a court or an international body, is a weighty factor the General Secretariat must weigh; it is not a bar on its own.")]
[Citation(Sources.Constitution, "Arts 2(1), 3", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§2.1.5 para 32(e)", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.11", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Articles 2(1), 3 of the INTERPOL Constitution, in force since 13 June 1956 [C] (INTERPOL traces the neutrality clause to 1948 and the choice to confine itself to ordinary-law crime to 1946); the rule applies from then. The RPD articles and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
[Remarks("Decides open question Q7: NGO or media reports of a campaign open the predominance test (INT-0457) but never decide the case. Minority status alone does not bar a request.")]
[Remarks("Legal review 2026-12-03, row INT-0507: Repository of Practice §2.1.5 para 32(e) says minority status is not itself a ground, and solid grounds that the request serves a campaign against the group \"would be taken into consideration\": a weighty factor, not a bar. The taint cases of para 33(a) concern refugees and non-refoulement, which INT-0601 to INT-0604 cover. The rule therefore sends the case to review (it was Deny); whether the request serves the campaign is the General Secretariat's or the CCF's finding.")]
internal sealed class PersecutionCampaignEstablishedRule : PolicyRule
{
    public override void Define()
    {
        SolidPersecutionCampaign campaign = default!;

        When()
            .Match(() => campaign);

        Then()
            .Yield(ctx => ctx.Review(
                $"{(campaign.Indicator.Source == EvidenceSource.CourtFinding ? "A court" : "An international body")} found a persecution campaign against a group to which the person belongs ({Words.Detail(campaign.Indicator.Detail)}); such solid grounds weigh heavily, but whether this request serves the campaign is for the General Secretariat or the CCF to decide.",
                campaign.Indicator));
    }
}
