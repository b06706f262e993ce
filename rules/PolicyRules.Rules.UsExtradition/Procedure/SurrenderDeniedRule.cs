namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0416")]
[Description("The Secretary of State denied surrender: the person may not be surrendered.")]
[Citation(Sources.Cfr22, "§ 95.3(b)", Authority.Confirmed, Url = Sources.Cfr95)]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: the Secretary's discretion to refuse surrender rests on 18 U.S.C. 3186 (\"may order\"), in force 1948-09-01 and going back to the Act of August 12, 1848; the 1999 torture regulations (22 C.F.R. 95.3(b)) only added one ground (legal review 2026-12-03).")]
internal sealed class SurrenderDeniedRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).SecretaryDecision == SecretaryDecision.Denied || UsFacts.Proc(u).DischargeReason == DischargeReason.SecretaryDenial);

        Then()
            .Yield(ctx => ctx.Deny(
                $"The Secretary of State denied surrender on {UsFacts.Iso(UsFacts.Proc(us).SecretaryDecisionOn)}; the person may not be surrendered.",
                us));
    }
}
