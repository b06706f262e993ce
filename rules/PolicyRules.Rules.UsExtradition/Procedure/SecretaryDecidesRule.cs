namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0414")]
[Description("The person is certified and committed: surrender is the Secretary of State's discretionary decision.")]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[Citation(Sources.Cfr22, "§ 95.3", Authority.Confirmed, Url = Sources.Cfr95)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class SecretaryDecidesRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => ProceduralRecord.Certified(u) && !ProceduralRecord.SecretaryDecided(u) && UsFacts.Proc(u).DischargedOn == null);

        Then()
            .Yield(ctx => ctx.Review(
                "The person is certified and committed; surrender is now the Secretary of State's discretionary decision, taking in the torture convention, humanitarian factors and assurances.",
                us));
    }
}
