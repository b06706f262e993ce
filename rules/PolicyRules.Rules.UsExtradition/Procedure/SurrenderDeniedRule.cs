namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0416")]
[Description("The Secretary of State denied surrender: the person may not be surrendered.")]
[Citation(Sources.Cfr22, "§ 95.3(b)", Authority.Confirmed, Url = Sources.Cfr95)]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[EffectiveFrom("1948-09-01")]
[Remarks("Legal review 2026-12-03, row USX-0416: the Secretary's discretion to deny surrender rests on 18 U.S.C. 3186 (1948), not on the 1999 torture-convention regulations (22 C.F.R. 95), so the rule applies from 1948.")]
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
