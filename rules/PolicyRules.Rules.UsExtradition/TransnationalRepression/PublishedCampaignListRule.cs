namespace PolicyRules.Rules.UsExtradition.TransnationalRepression;

[Name("USX-0605")]
[Description("The person is named in a published campaign or list of 'fugitives' to be brought back.")]
[Citation(Sources.ResearchNotes, "us-extradition §6.6 (Fox Hunt and Sky Net lists)", Authority.Secondary)]
[Citation("PolicyRules motivating case", "published fugitive list", Authority.Secondary)]
[EffectiveFrom("1948-09-01")]
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
