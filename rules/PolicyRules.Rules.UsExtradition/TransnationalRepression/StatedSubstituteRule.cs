namespace PolicyRules.Rules.UsExtradition.TransnationalRepression;

[Name("USX-0606")]
[Description("The requesting state describes INTERPOL notices as its route in place of extradition.")]
[Citation(Sources.UsCode22, "§ 263b(d)", Authority.Confirmed, Url = Sources.Trap263b)]
[Citation("PolicyRules motivating case", "stated substitute for extradition", Authority.Secondary)]
[EffectiveFrom("2021-12-27")]
internal sealed class StatedSubstituteRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        ContextIndicator ind = default!;

        When()
            .Match(() => us)
            .Match(() => ind, i => i.Kind == ContextKind.StatedSubstituteForExtradition && i.ConcernsThisPerson);

        Then()
            .Yield(ctx => ctx.Review(
                $"The requesting state describes INTERPOL notices as its route in place of extradition (source: {UsFacts.Words(ind.Source)}); U.S. law allows no extradition on a notice alone.",
                ind));
    }
}
