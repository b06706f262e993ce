namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0301")]
[Description("An offence against the security of the State, or illegal emigration, with no violence alleged is a pure political offence.")]
[Citation(Sources.Constitution, "Art. 3", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§2.2 paras 47-58", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.4", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.9", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Article 3 of the INTERPOL Constitution, in force since 13 June 1956 [C] (INTERPOL traces the neutrality clause to 1948 and the choice to confine itself to ordinary-law crime to 1946); the rule applies from then. The RPD articles and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
[Remarks("The common exception is real: when another charge can support the request, this finding disappears and INT-0309 applies the separation practice of Repository §3.12 instead.")]
[Remarks("Decides open question Q1: the engine refuses on Article 3 only where the Repository states a rule for a class of offence; every other political-context case is weighed by a reviewer (INT-0901).")]
[Remarks("Selling State secrets for money is still a political offence (Repository §3.4). With violence the charge becomes a relative political offence (INT-0401).")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class PureStateSecurityOrEmigrationRule : PolicyRule
{
    public override void Define()
    {
        ChargeCharacter character = default!;

        When()
            .Match(() => character, c => c.Character == ChargeCharacterKind.PurePolitical, c => Taxonomy.StateSecurity.Contains(c.Charge.Category) || Taxonomy.Emigration.Contains(c.Charge.Category))
            .Not<Art3Separable>(s => s.Charge == character.Charge);

        Then()
            .Yield(ctx => ctx.Deny(
                $"{Words.Charge(character.Charge)} is {(character.Charge.Category == OffenceCategory.IllegalEmigration ? "illegal emigration" : "an offence against the security of the State")} with no violence against persons or property alleged, a pure political offence barred by Article 3.",
                character.Charge));
    }
}
