using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;

namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0101")]
[Description("A Red Notice for prosecution qualifies on penalty when a charge carries a maximum of at least two years.")]
[Citation("RPD", "Art. 83(1)(a)(ii)", Authority.Confirmed)]
[EffectiveFrom("2012-07-01")]
public sealed class ProsecutionPenaltyThresholdMetRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        Charge charge = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Match(() => charge, c => c.SentenceImposedMonths == null, c => c.MaxPenaltyMonths >= 24);

        Then()
            .Yield(ctx => ctx.Allow(
                $"Charge {charge.Id} carries a maximum penalty of {charge.MaxPenaltyMonths} months, at least the two years a Red Notice for prosecution needs.",
                charge));
    }
}
