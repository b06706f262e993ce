namespace PolicyRules.Rules.UsExtradition.Section3181b;

[Name("USX-0205")]
[Description("18 U.S.C. 3181(b) elements 2-3 fail: no charge is a crime of violence against a U.S. national committed outside the United States.")]
[Citation(Sources.UsCode18, "§ 3181(b)-(c)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[Citation(Sources.UsCode8, "§ 1101(a)(22)", Authority.Confirmed)]
[EffectiveFrom("1996-04-24")]
internal sealed class NoQualifyingChargeRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        Section3181bElements s3181 = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.None)
            .Match(() => s3181, s => s.QualifyingChargeIds.IsEmpty);

        Then()
            .Yield(ctx => ctx.Note(
                "18 U.S.C. 3181(b) cannot apply: no charge is a crime of violence against a U.S. national committed outside the United States.",
                s3181));
    }
}
