namespace PolicyRules.Rules.UsExtradition.PoliticalOffence;

[Name("USX-0308")]
[Description("A claim that the request is politically motivated is for the Secretary of State, not the extradition court.")]
[Citation("U.S.-India Extradition Treaty (1997)", "Art. 5(2)", Authority.Confirmed)]
[Citation("CRS RL32096", "U.S.-U.K. 2003 treaty (politically motivated requests for the executive)", Authority.Confirmed)]
[Citation(Sources.ResearchNotes, "us-extradition §4.3 (other treaties)", Authority.Unconfirmed)]
[EffectiveFrom("1948-09-01")]
internal sealed class PoliticallyMotivatedRequestRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        UsSituation us = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => us, u => UsFacts.Claims(u).PoliticallyMotivatedRequest);

        Then()
            .Yield(ctx => ctx.Review(
                "The person claims the request is politically motivated; under modern treaties that question is for the Secretary of State, not the extradition court.",
                us));
    }
}
