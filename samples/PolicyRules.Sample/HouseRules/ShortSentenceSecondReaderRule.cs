using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;

namespace PolicyRules.Sample.HouseRules;

[Name("HSE-0001")]
[Description("A charge punishable by less than two years goes to a second reader under the house policy.")]
[Citation("Sample house policy", "§ 1(a)", Authority.Confirmed)]
[EffectiveFrom("2020-01-01")]
internal sealed class ShortSentenceSecondReaderRule : PolicyRule
{
    public override void Define()
    {
        Charge charge = default!;

        When()
            .Match(() => charge, c => c.MaxPenaltyMonths != null && c.MaxPenaltyMonths < 24);

        Then()
            .Yield(ctx => ctx.Review("A charge is punishable by less than two years, so the house policy sends the case to a second reader.", charge));
    }
}
