namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0211")]
[Description("Some charges are extraditable and others are not: proceed only on the extraditable ones.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation("United States v. Rauscher", "119 U.S. 407 (1886)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class PartialCoverageRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        CaseSummary summary = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => summary, s => s.AnyExtraditable && s.Assessments.Any(x => !x.Extraditable));

        Then()
            .Yield(ctx => ctx.Note(
                $"Only charge(s) {summary.ExtraditableIds} can found extradition; {summary.NotExtraditable} cannot.",
                summary));
    }
}
