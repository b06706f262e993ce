namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0415")]
[Description("The Secretary of State ordered surrender: delivery to the requesting state's authorised agent is lawful.")]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[Citation(Sources.Cfr22, "§ 95.3(b)", Authority.Confirmed, Url = Sources.Cfr95)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class SurrenderOrderedRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => us, u => (UsFacts.Proc(u).SecretaryDecision == SecretaryDecision.SurrenderOrdered || UsFacts.Proc(u).SecretaryDecision == SecretaryDecision.SurrenderOrderedWithConditions) && UsFacts.Proc(u).DischargedOn == null)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Allow(
                $"The Secretary of State ordered surrender{(UsFacts.Proc(us).SecretaryDecision == SecretaryDecision.SurrenderOrderedWithConditions ? " on conditions" : "")} on {UsFacts.Iso(UsFacts.Proc(us).SecretaryDecisionOn)}; delivering the person to the authorised agent of {treaty.Name} is lawful.",
                us, treaty));
    }
}
