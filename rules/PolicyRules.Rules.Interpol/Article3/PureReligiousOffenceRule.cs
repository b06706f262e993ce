namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0306")]
[Description("Religious practice, propaganda, membership, or insult of a religion without hate speech or incitement is barred.")]
[Citation(Sources.Constitution, "Art. 3", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Constitution, "Art. 2(1)", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§3.11", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Article 3 of the INTERPOL Constitution, in force since 13 June 1956 [C] (INTERPOL traces the neutrality clause to 1948 and the choice to confine itself to ordinary-law crime to 1946); the rule applies from then. The RPD articles and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
[Remarks("The common exception is real: when another charge can support the request, this finding disappears and INT-0309 applies the separation practice of Repository §3.12 instead.")]
[Remarks("Decides open question Q1: the engine refuses on Article 3 only where the Repository states a rule for a class of offence; every other political-context case is weighed by a reviewer (INT-0901).")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class PureReligiousOffenceRule : PolicyRule
{
    public override void Define()
    {
        ChargeCharacter character = default!;

        When()
            .Match(() => character, c => c.Character == ChargeCharacterKind.PureReligious)
            .Not<Art3Separable>(s => s.Charge == character.Charge);

        Then()
            .Yield(ctx => ctx.Deny(
                $"{Words.Charge(character.Charge)} punishes religious practice, propaganda, membership or the insult of a religion without hate speech or incitement, an offence barred by Articles 2 and 3.",
                character.Charge));
    }
}
