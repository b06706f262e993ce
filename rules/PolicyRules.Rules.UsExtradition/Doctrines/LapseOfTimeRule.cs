namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0311")]
[Description("A lapse-of-time claim bars extradition only under a treaty clause; the court checks the treaty.")]
[Citation("Quinn v. Robinson", "783 F.2d 776 (9th Cir. 1986)", Authority.Confirmed)]
[Citation("Martinez Santoyo v. Boyden", "130 F.4th 784 (9th Cir. 2025) (a treaty's \"lapse of time\" means limitations, not speedy trial; delay is for the Secretary)", Authority.Confirmed)]
[Citation(Sources.TreatyList, "lapse-of-time clause, per treaty", Authority.Unconfirmed)]
[EffectiveFrom("1948-09-01")]
[Remarks("Open question Q2: lapse-of-time clauses are not in the treaty table (they are [U] for almost every treaty), so the rule always flags rather than decides.")]
internal sealed class LapseOfTimeRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        UsSituation us = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => us, u => UsFacts.Claims(u).LapseOfTime && UsFacts.Proc(u).Certification == CertificationStatus.Pending);

        Then()
            .Yield(ctx => ctx.Review(
                "Lapse of time bars extradition only where the treaty has a clause on it (under the law of the requesting state, the requested state, or either); if the treaty is silent there is no bar, so the court must check the treaty.",
                us));
    }
}
