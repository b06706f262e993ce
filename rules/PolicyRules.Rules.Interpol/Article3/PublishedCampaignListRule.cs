using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;

namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0401")]
[Description("A published campaign list naming the person is a general-context factor pointing to a political character.")]
[Citation("RPD", "Art. 34(3)(g)", Authority.Confirmed)]
[Citation("INTERPOL Constitution", "Art. 3", Authority.Confirmed)]
[EffectiveFrom("2012-07-01")]
public sealed class PublishedCampaignListRule : PolicyRule
{
    public override void Define()
    {
        ContextIndicator indicator = default!;

        When()
            .Match(() => indicator, i => i.Kind == ContextKind.PublishedCampaignList);

        Then()
            .Yield(ctx => ctx.Review(
                "The requesting state named the person on a published campaign list of fugitives to be brought back, a general-context factor that points to a political character.",
                indicator));
    }
}
