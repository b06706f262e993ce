using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;

namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0102")]
[Description("A Red Notice for prosecution is refused when no charge carries a maximum of at least two years.")]
[Citation("RPD", "Art. 83(1)(a)(ii)", Authority.Confirmed)]
[Citation("RPD", "Art. 83(1)(c)", Authority.Confirmed)]
[EffectiveFrom("2012-07-01")]
public sealed class NoChargeMeetsPenaltyThresholdRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Exists<Charge>(c => c.SentenceImposedMonths == null)
            .Not<Charge>(c => c.MaxPenaltyMonths >= 24 || c.SentenceImposedMonths != null);

        Then()
            .Yield(ctx => ctx.Deny(
                "No charge carries a maximum penalty of two years or more, so the request fails the penalty threshold for a Red Notice for prosecution.",
                request));
    }
}
