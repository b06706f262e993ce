namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0801")]
[Description("Derives each charge's character for Articles 2 and 3: international crime, terrorism, pure or relative offence, or ordinary-law crime (spec D1).")]
[Citation(Sources.Constitution, "Art. 3", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§2.2 paras 47-58", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§§3.2-3.11", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Remarks("Decides open question Q3: rules read only the normalised offence category and the conduct flags, never a national label. State-security, coup and assembly offences become relative political offences once any violence or an attempt on the life of a head of state is alleged; expression offences and insult of a religion do so only with hate speech or incitement.")]
[Remarks("The model's convention-offence categories (hijacking, hostage-taking, terrorist bombing, terrorism financing and the like) are treated as ordinary-law crimes: they are crimes in themselves, and factor 34(3)(e) records the convention obligation.")]
[Priority(1)]
internal sealed class ChargeCharacterRule : PolicyRule
{
    public override void Define()
    {
        Charge charge = default!;

        When()
            .Match(() => charge);

        Then()
            .Yield(_ => new ChargeCharacter(charge, Taxonomy.CharacterOf(charge)));
    }
}
