namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0213")]
[Description("A treaty is recorded as in force only on unconfirmed or disputed data: verify against Treaties in Force before any decisive step.")]
[Citation(Sources.ResearchNotes, "us-extradition §5.1, §10.2", Authority.Secondary)]
[Citation("Terlinden v. Ames", "184 U.S. 270 (1902) (treaty status is for the political branches)", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
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
