namespace PolicyRules.Rules.UsExtradition.TransnationalRepression;

[Name("USX-0605")]
[Description("The person is named in a published campaign or list of 'fugitives' to be brought back.")]
[Citation(Sources.ResearchNotes, "us-extradition §6.6 (Fox Hunt and Sky Net lists)", Authority.Secondary)]
[Citation("PolicyRules motivating case", "published fugitive list", Authority.Secondary)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class PublishedCampaignListRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        ContextIndicator ind = default!;

        When()
            .Match(() => us)
            .Match(() => ind, i => i.Kind == ContextKind.PublishedCampaignList && i.ConcernsThisPerson);

        Then()
            .Yield(ctx => ctx.Review(
                $"The person is named in a published campaign or list of fugitives to be brought back (source: {UsFacts.Words(ind.Source)}), a sign of transnational repression.",
                ind));
    }
}
