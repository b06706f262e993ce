namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0312")]
[Description("A prior U.S. prosecution for the same conduct: where the treaty has a double-jeopardy clause, extradition for it must be refused.")]
[Citation("CRS 98-958", "Extradition To and From the United States (common treaty exclusions)", Authority.Confirmed)]
[Citation("CRS RL32096", "U.S.-U.K. 2003 treaty (prior jeopardy)", Authority.Confirmed)]
[Citation(Sources.TreatyList, "\"same offence\" test, per treaty", Authority.Unconfirmed)]
[EffectiveFrom("1948-09-01")]
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
