namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0213")]
[Description("A treaty is recorded as in force only on unconfirmed or disputed data: verify against Treaties in Force before any decisive step.")]
[Citation(Sources.ResearchNotes, "us-extradition §5.1, §10.2", Authority.Secondary)]
[Citation("Terlinden v. Ames", "184 U.S. 270 (1902) (treaty status is for the political branches)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
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
