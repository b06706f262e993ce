namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0310")]
[Description("Rule of specialty: once surrender is ordered, the person may be tried only for the surrendered charges.")]
[Citation("United States v. Rauscher", "119 U.S. 407 (1886)", Authority.Confirmed)]
[Citation(Sources.JusticeManual, "9-15.500 (specialty)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class SpecialtyRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        TreatyStatus treaty = default!;
        CaseSummary summary = default!;

        When()
            .Match(() => us, u => ProceduralRecord.SurrenderOrdered(u))
            .Match(() => treaty)
            .Match(() => summary);

        Then()
            .Yield(ctx => ctx.Note(
                $"Under the rule of specialty the person may be tried in {treaty.Name} only for the surrendered charges ({summary.SurrenderedIds}), or as the treaty allows, until they have had a chance to leave.",
                us, summary));
    }
}
