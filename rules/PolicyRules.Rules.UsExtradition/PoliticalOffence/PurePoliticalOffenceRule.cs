namespace PolicyRules.Rules.UsExtradition.PoliticalOffence;

[Name("USX-0305")]
[Description("A pure political offence (treason, sedition, espionage) is charged: almost all treaties exclude it; flag for the court.")]
[Citation("Quinn v. Robinson", "783 F.2d 776 (9th Cir. 1986)", Authority.Confirmed)]
[Citation(Sources.ResearchNotes, "us-extradition §4.3 (pure political offences excluded under almost all treaties)", Authority.Unconfirmed)]
[EffectiveFrom("1948-09-01")]
internal sealed class PurePoliticalOffenceRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        Charge charge = default!;

        When()
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => charge, c => UsFacts.PurePolitical(c.Category));

        Then()
            .Yield(ctx => ctx.Review(
                $"Charge {charge.Id} ({UsFacts.Name(charge.Category)}) is a pure political offence, which almost all treaties exclude; whether the exception applies is for the extradition court.",
                charge));
    }
}
