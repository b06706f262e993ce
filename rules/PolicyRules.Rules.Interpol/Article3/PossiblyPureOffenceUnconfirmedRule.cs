namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0402")]
[Description("A charge that may be a purely military or religious offence but is not named in the Repository text reviewed (insubordination, apostasy, sorcery, religious dress code) is reviewed.")]
[Citation(Sources.Rop, "§§3.10, 3.11", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "classification of insubordination, apostasy, sorcery and dress-code offences", Authority.Unconfirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
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
