namespace PolicyRules.Rules.Interpol.Article2;

[Name("INT-0508")]
[Description("A charge that penalises sexual orientation or gender identity bars processing.")]
[Citation(Sources.Constitution, "Art. 2(1)", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§2.3 paras 59-62", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
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
