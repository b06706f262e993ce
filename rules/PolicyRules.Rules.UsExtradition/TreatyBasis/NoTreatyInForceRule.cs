using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;
using PolicyRules.Rules.UsExtradition.Reference;

namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0201")]
[Description("Without an extradition treaty in force with the requesting state, there is no extradition under 18 U.S.C. 3184.")]
[Citation("18 U.S.C.", "§ 3184", Authority.Confirmed)]
[Citation("18 U.S.C.", "§ 3181(a)", Authority.Confirmed)]
[EffectiveFrom("1948-06-25")]
public sealed class NoTreatyInForceRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => us, u => u.Located)
            .Match(() => treaty, t => t.State != TreatyState.InForce);

        Then()
            .Yield(ctx => ctx.Deny(
                $"The United States has no extradition treaty in force with {treaty.Country}, so no extradition under 18 U.S.C. 3184 can follow.",
                treaty));
    }
}
