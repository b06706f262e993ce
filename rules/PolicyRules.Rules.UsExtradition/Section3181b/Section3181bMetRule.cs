namespace PolicyRules.Rules.UsExtradition.Section3181b;

[Name("USX-0207")]
[Description("Every element of 18 U.S.C. 3181(b) is met: proceedings under 3184 may be brought without a treaty.")]
[Citation(Sources.UsCode18, "§ 3181(b)-(c)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[Citation(Sources.UsCode18, "§ 3184 (\"or in cases arising under section 3181(b)\")", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1996-04-24")]
internal sealed class Section3181bMetRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        Section3181bElements s3181 = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.Section3181b)
            .Match(() => s3181);

        Then()
            .Yield(ctx => ctx.Allow(
                $"Every element of 18 U.S.C. 3181(b) is met for charge(s) {s3181.Charges}, with the Attorney General's certification of {s3181.CertifiedText}; proceedings under 18 U.S.C. 3184 may be brought without a treaty.",
                s3181));
    }
}
