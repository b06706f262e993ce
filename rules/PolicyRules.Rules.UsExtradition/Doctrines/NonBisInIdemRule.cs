namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0312")]
[Description("A prior U.S. prosecution for the same conduct: where the treaty has a double-jeopardy clause, extradition for it must be refused.")]
[Citation("CRS 98-958", "Extradition To and From the United States (common treaty exclusions)", Authority.Confirmed)]
[Citation("CRS RL32096", "U.S.-U.K. 2003 treaty (prior jeopardy)", Authority.Confirmed)]
[Citation(Sources.TreatyList, "\"same offence\" test, per treaty", Authority.Unconfirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("Open question Q2: double-jeopardy clauses are not in the treaty table, so the rule always flags.")]
internal sealed class NonBisInIdemRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        UsSituation us = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => us, u => !u.PriorUsProsecutions.IsEmpty);

        Then()
            .Yield(ctx => ctx.Review(
                $"The person was already prosecuted in the United States for the conduct in {UsFacts.Prosecutions(us)}; where the treaty has a double-jeopardy clause, extradition for that conduct must be refused, so the court must check the clause.",
                us));
    }
}
