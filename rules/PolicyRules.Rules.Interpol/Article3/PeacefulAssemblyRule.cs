namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0430")]
[Description("Organising or taking part in an assembly with no violence attributed to the person is protected, even if the assembly was unauthorised.")]
[Citation(Sources.Constitution, "Arts 2(1), 3", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§3.3.1 paras 2-20", Authority.Confirmed, Url = Sources.RopUrl)]
[Remarks("Legal review 2026-12-03, row INT-0430 (decides a General Secretariat question): the rule stands. Repository of Practice §3.3.1 cases 4-5 bar requests for organising or joining a peaceful assembly, and the reviewer agreed with its verdict in rn-peaceful-protest-organiser. It fires only when the charge is pure-political with no violence attributed to the person; paras 7-12 (lawful restrictions, deliberate serious obstruction) and the predominance test of paras 18-20 come in when the charge alleges more, which makes it a relative offence weighed under INT-0401 and INT-0901.")]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Articles 2(1), 3 of the INTERPOL Constitution, in force since 13 June 1956 [C] (INTERPOL traces the neutrality clause to 1948 and the choice to confine itself to ordinary-law crime to 1946); the rule applies from then. The RPD articles and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
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
