using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;

namespace PolicyRules.Rules.UsExtradition.RedNoticeHandling;

[Name("USX-0101")]
[Description("A person found in the United States may not be arrested on a foreign Red Notice alone.")]
[Citation("USAM Organization and Functions Manual", "§ 3 (INTERPOL-USNCB)", Authority.Confirmed)]
[Citation("22 U.S.C.", "§ 263b(d)", Authority.Confirmed)]
[EffectiveFrom("1980-06-01")]
public sealed class NoArrestOnRedNoticeAloneRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => u.Located)
            .Not<UsRequest>();

        Then()
            .Yield(ctx => ctx.Deny(
                "The person may not be arrested on the Red Notice alone: the requesting state has sent no request for provisional arrest or extradition.",
                us));
    }
}
