namespace PolicyRules.Rules.Interpol.Article2;

[Name("INT-0508")]
[Description("A charge that penalises sexual orientation or gender identity bars processing.")]
[Citation(Sources.Constitution, "Art. 2(1)", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§2.3 paras 59-62", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Article 2(1) of the INTERPOL Constitution, in force since 13 June 1956 [C] (INTERPOL traces the neutrality clause to 1948 and the choice to confine itself to ordinary-law crime to 1946); the rule applies from then. The RPD articles and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class SexualOrientationOrGenderIdentityRule : PolicyRule
{
    public override void Define()
    {
        ChargeCharacter character = default!;

        When()
            .Match(() => character, c => c.Character == ChargeCharacterKind.SexualOrientationGender);

        Then()
            .Yield(ctx => ctx.Deny(
                $"{Words.Charge(character.Charge)} penalises sexual orientation or gender identity; persecution on these grounds is an Article 2(1) bar.",
                character.Charge));
    }
}
