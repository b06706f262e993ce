namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0827")]
[Description("Derives factor 34(3)(d), the position of other countries and bodies: a refusal of extradition or a finding by an international body (spec 2.1).")]
[Citation(Sources.Rpd, "Art. 34(3)(d)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Ccf2019, "decision 2019-5", Authority.Confirmed, Url = Sources.Ccf2019Url)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Remarks("A refusal on political-offence or human-rights grounds points towards a political character and opens the test; a refusal on procedural, nationality or other grounds is neutral and does not by itself show that extradition is not pursued (CCF decision 2019-5).")]
[Priority(1)]
internal sealed class OtherPositionFactorRule : PolicyRule
{
    public override void Define()
    {
        ContextIndicator indicator = default!;

        When()
            .Match(() => indicator, i => i.ConcernsThisPerson, i => Factors.IsOtherPosition(i));

        Then()
            .Yield(_ => new PredominanceFactor('d', Factors.OtherPositionDirection(indicator), Factors.OtherPositionDirection(indicator) == FactorDirection.TowardsPolitical,
                Factors.OtherPositionText(indicator), indicator));
    }
}
