namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0430")]
[Description("Organising or taking part in an assembly with no violence attributed to the person is protected, even if the assembly was unauthorised.")]
[Citation(Sources.Constitution, "Arts 2(1), 3", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§3.3.1 paras 2-20", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Any damage attributed to the person, even minor, makes the charge a relative political offence weighed under INT-0401, although the Repository records a case where minor damage at a demonstration was still barred: the reviewer decides.")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class PeacefulAssemblyRule : PolicyRule
{
    public override void Define()
    {
        ChargeCharacter character = default!;

        When()
            .Match(() => character, c => c.Character == ChargeCharacterKind.PurePolitical, c => Taxonomy.Assembly.Contains(c.Charge.Category))
            .Not<Art3Separable>(s => s.Charge == character.Charge);

        Then()
            .Yield(ctx => ctx.Deny(
                $"{Words.Charge(character.Charge)} concerns organising or taking part in an assembly with no violence attributed to the person; peaceful assembly is protected even if unauthorised.",
                character.Charge));
    }
}
