namespace PolicyRules.Rules.UsExtradition.Section3181b;

[Name("USX-0206")]
[Description("18 U.S.C. 3181(b) elements 1-3 are met without a treaty, but the Attorney General's written certification (both limbs) is missing.")]
[Citation(Sources.UsCode18, "§ 3181(b)(1)-(2)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[EffectiveFrom("1996-04-24")]
[Remarks("Open question Q10: the certification is an input; the engine never predicts whether the Attorney General will give it.")]
internal sealed class AgCertificationMissingRule : PolicyRule
{
    public override void Define()
    {
        TreatyStatus treaty = default!;
        Section3181bElements s3181 = default!;

        When()
            .Match(() => treaty, t => t.State != TreatyState.InForce)
            .Match(() => s3181, s => s.ElementsMetExceptCertification && !s.AgCertified);

        Then()
            .Yield(ctx => ctx.Review(
                $"Charge(s) {s3181.Charges} could be surrendered without a treaty under 18 U.S.C. 3181(b) only on the Attorney General's written certification that they are crimes of violence under 18 U.S.C. 16 and not of a political nature; {s3181.MissingLimbs} is missing.",
                s3181));
    }
}
