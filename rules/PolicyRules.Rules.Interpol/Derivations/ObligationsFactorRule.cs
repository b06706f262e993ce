namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0829")]
[Description("Derives factor 34(3)(e) towards an ordinary-law character: the charge falls under the UN Convention against Corruption, a terrorism convention, UN or multilateral sanctions, or international criminal law (spec 2.1).")]
[Citation(Sources.Rpd, "Art. 34(3)(e)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§§3.1, 3.6, 3.7, 3.10", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class ObligationsFactorRule : PolicyRule
{
    public override void Define()
    {
        ChargeCharacter character = default!;

        When()
            .Match(() => character, c => Factors.ObligationOf(c.Charge, c.Character) != null);

        Then()
            .Yield(_ => new PredominanceFactor('e', FactorDirection.TowardsOrdinary, false,
                $"charge {character.Charge.Id} ({Words.Of(character.Charge.Category)}) falls under {Factors.ObligationOf(character.Charge, character.Character)}",
                character.Charge));
    }
}
