namespace PolicyRules.Rules.UsExtradition.TransnationalRepression;

[Name("USX-0605")]
[Description("The person is named in a published campaign or list of 'fugitives' to be brought back.")]
[Citation(Sources.ResearchNotes, "us-extradition §6.6 (Fox Hunt and Sky Net lists)", Authority.Secondary)]
[Citation("PolicyRules motivating case", "published fugitive list", Authority.Secondary)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
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
