namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0213")]
[Description("A treaty is recorded as in force only on unconfirmed or disputed data: verify against Treaties in Force before any decisive step.")]
[Citation(Sources.ResearchNotes, "us-extradition §5.1, §10.2", Authority.Secondary)]
[Citation("Terlinden v. Ames", "184 U.S. 270 (1902) (treaty status is for the political branches)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
[Remarks("Decision D1 and open question Q1: dormant or disputed rows (e.g. succession treaties) cannot decide; the referral rules USX-0401 and USX-0402 need a confirmed treaty.")]
internal sealed class TreatyUnconfirmedRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.Treaty)
            .Match(() => treaty, t => !t.StatusConfirmed);

        Then()
            .Yield(ctx => ctx.Review(
                $"A treaty with {treaty.Name} is recorded as in force only at {treaty.Tagged}; verify it against Treaties in Force before any decisive step.",
                treaty));
    }
}
