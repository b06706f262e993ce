using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;

namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0104")]
[Description("A Red Notice is refused when the requesting state's own authorities say notices replace extradition: no lawful extradition is pursued.")]
[Citation("RPD", "Art. 82", Authority.Confirmed)]
[Citation("RPD", "Art. 84(b)", Authority.Confirmed)]
[EffectiveFrom("2012-07-01")]
public sealed class StatedSubstituteForExtraditionRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        ContextIndicator indicator = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Match(() => indicator, i => i.Kind == ContextKind.StatedSubstituteForExtradition && i.ConcernsThisPerson && i.Source == EvidenceSource.RequesterOfficial);

        Then()
            .Yield(ctx => ctx.Deny(
                "The requesting state's own authorities said notices are used instead of extradition, so the notice does not serve extradition or another lawful action.",
                request,
                indicator));
    }
}
