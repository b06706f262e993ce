namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0821")]
[Description("Derives factor 34(3)(a) towards a political character: a charge for acts of the political mandate without personal gain, or for political activity (spec 2.1).")]
[Citation(Sources.Rpd, "Art. 34(3)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§3.1 para 3", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
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
