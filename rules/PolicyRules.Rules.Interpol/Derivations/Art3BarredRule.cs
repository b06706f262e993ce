namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0802")]
[Description("Marks a charge that meets the core condition of an Article 3 bar (spec D2).")]
[Citation(Sources.Constitution, "Art. 3", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§2.2 paras 47-58", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class Art3BarredRule : PolicyRule
{
    public override void Define()
    {
        ChargeCharacter character = default!;

        When()
            .Match(() => character, c => Taxonomy.Art3BarsOf(c.Charge, c.Character).Count > 0);

        Then()
            .Yield(_ => new Art3Barred(character.Charge, string.Join(", ", Taxonomy.Art3BarsOf(character.Charge, character.Character))));
    }
}
