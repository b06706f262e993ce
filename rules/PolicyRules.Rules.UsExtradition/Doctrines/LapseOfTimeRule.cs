namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0311")]
[Description("A lapse-of-time claim bars extradition only under a treaty clause; the court checks the treaty.")]
[Citation("Quinn v. Robinson", "783 F.2d 776 (9th Cir. 1986)", Authority.Confirmed)]
[Citation("Martinez Santoyo v. Boyden", "130 F.4th 784 (9th Cir. 2025) (a treaty's \"lapse of time\" means limitations, not speedy trial; delay is for the Secretary)", Authority.Confirmed)]
[Citation(Sources.TreatyList, "lapse-of-time clause, per treaty", Authority.Unconfirmed)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
[Remarks("Open question Q2: lapse-of-time clauses are not in the treaty table (they are [U] for almost every treaty), so the rule always flags rather than decides.")]
internal sealed class LapseOfTimeRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        UsSituation us = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => us, u => UsFacts.Claims(u).LapseOfTime && !ProceduralRecord.CertificationDecided(u));

        Then()
            .Yield(ctx => ctx.Review(
                "Lapse of time bars extradition only where the treaty has a clause on it (under the law of the requesting state, the requested state, or either); if the treaty is silent there is no bar, so the court must check the treaty.",
                us));
    }
}
