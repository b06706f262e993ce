namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0303")]
[Description("Membership of, or running or funding, an organisation not shown to be terrorist is an offence political by nature.")]
[Citation(Sources.Constitution, "Art. 3", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§3.3.2 incl. case 1", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Article 3 of the INTERPOL Constitution, in force since 13 June 1956 [C] (INTERPOL traces the neutrality clause to 1948 and the choice to confine itself to ordinary-law crime to 1946); the rule applies from then. The RPD articles and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
[Remarks("The common exception is real: when another charge can support the request, this finding disappears and INT-0309 applies the separation practice of Repository §3.12 instead.")]
[Remarks("Decides open question Q1: the engine refuses on Article 3 only where the Repository states a rule for a class of offence; every other political-context case is weighed by a reviewer (INT-0901).")]
[Remarks("If the organisation is alleged to be terrorist, the charge must be entered under the terrorism categories (INT-0420, INT-0421).")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class AssociationOffenceRule : PolicyRule
{
    public override void Define()
    {
        ChargeCharacter character = default!;

        When()
            .Match(() => character, c => Taxonomy.Association.Contains(c.Charge.Category))
            .Not<Art3Separable>(s => s.Charge == character.Charge);

        Then()
            .Yield(ctx => ctx.Deny(
                $"{Words.Charge(character.Charge)} punishes membership of, or running or funding, an organisation that is not shown to be terrorist; such offences are political by nature (Article 3).",
                character.Charge));
    }
}
