namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0821")]
[Description("Derives factor 34(3)(a) towards a political character: a charge for acts of the political mandate without personal gain, or for political activity (spec 2.1).")]
[Citation(Sources.Rpd, "Art. 34(3)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§3.1 para 3", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Priority(1)]
internal sealed class NatureTowardsPoliticalFactorRule : PolicyRule
{
    public override void Define()
    {
        Charge charge = default!;

        When()
            .Match(() => charge, c => (c.Conduct.InExerciseOfPoliticalMandate && !c.Conduct.PersonalGain) || c.Conduct.PoliticalActivityFacts);

        Then()
            .Yield(_ => new PredominanceFactor('a', FactorDirection.TowardsPolitical, true,
                charge.Conduct.PoliticalActivityFacts
                    ? $"the facts of charge {charge.Id} describe political activity"
                    : $"charge {charge.Id} concerns acts of the political mandate without personal gain",
                charge));
    }
}
