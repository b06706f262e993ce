namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0402")]
[Description("A charge that may be a purely military or religious offence but is not named in the Repository text reviewed (insubordination, apostasy, sorcery, religious dress code) is reviewed.")]
[Citation(Sources.Rop, "§§3.10, 3.11", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "classification of insubordination, apostasy, sorcery and dress-code offences", Authority.Unconfirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class PossiblyPureOffenceUnconfirmedRule : PolicyRule
{
    public override void Define()
    {
        ChargeCharacter character = default!;

        When()
            .Match(() => character, c => c.Character == ChargeCharacterKind.UncertainPure);

        Then()
            .Yield(ctx => ctx.Review(
                $"{Words.Charge(character.Charge)} may be a purely military or religious offence, but it is not named in the Repository text reviewed; a reviewer must decide.",
                character.Charge));
    }
}
