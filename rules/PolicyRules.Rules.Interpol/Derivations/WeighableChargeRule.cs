namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0808")]
[Description("Marks a charge whose character can support a request and which meets no Article 3 bar (spec D8, first half).")]
[Citation(Sources.Constitution, "Arts 2(2), 3", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rpd, "Art. 83(1)(a)(i)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class WeighableChargeRule : PolicyRule
{
    public override void Define()
    {
        ChargeCharacter character = default!;

        When()
            .Match(() => character, c => Taxonomy.MaySupportRequest(c.Character))
            .Not<Art3Barred>(b => b.Charge == character.Charge);

        Then()
            .Yield(_ => new WeighableCharge(character.Charge));
    }
}
