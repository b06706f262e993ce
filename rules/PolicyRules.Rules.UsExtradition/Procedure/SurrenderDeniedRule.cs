namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0416")]
[Description("The Secretary of State denied surrender: the person may not be surrendered.")]
[Citation(Sources.Cfr22, "§ 95.3(b)", Authority.Confirmed, Url = Sources.Cfr95)]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[EffectiveFrom("1999-02-26")]
internal sealed class SurrenderDeniedRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).SecretaryDecision == SecretaryDecision.Denied);

        Then()
            .Yield(ctx => ctx.Deny(
                $"The Secretary of State denied surrender on {UsFacts.Iso(UsFacts.Proc(us).SecretaryDecisionOn)}; the person may not be surrendered.",
                us));
    }
}
