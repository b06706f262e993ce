namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0425")]
[Description("A genocide, crimes-against-humanity or war-crimes charge may be processed although the context is political or military; Article 2 still applies.")]
[Citation(Sources.Neutrality, "AGN/63/RES/9", Authority.Confirmed, Url = Sources.NeutralityUrl)]
[Citation(Sources.Rop, "§3.10 scenario E", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("The exception lifts the Article 3 bar on acts in armed conflict (INT-0308) but no Article 2 finding: the 05xx rules have no exception for international crimes.")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class InternationalCrimeNotBarredRule : PolicyRule
{
    public override void Define()
    {
        ChargeCharacter character = default!;

        When()
            .Match(() => character, c => c.Character == ChargeCharacterKind.InternationalCrime);

        Then()
            .Yield(ctx => ctx.Allow(
                $"{Words.Charge(character.Charge)} is an international crime; such cases may be processed although the context is political or military (AGN/63/RES/9, AG-2010-RES-10). Article 2 still applies.",
                character.Charge));
    }
}
