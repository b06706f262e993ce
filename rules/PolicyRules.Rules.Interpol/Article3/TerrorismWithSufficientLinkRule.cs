namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0420")]
[Description("A terrorism charge alleging a terrorist act, or an active and meaningful link of the kind the organisation's designation requires, may be processed despite a political motive.")]
[Citation(Sources.Rop, "§3.6", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§2.2.1 para 43", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Neutrality, "AGN/53/RES/7", Authority.Confirmed, Url = Sources.NeutralityUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Decides open question Q13: the rule rests on the Repository's summaries of the resolutions, not on their wording.")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class TerrorismWithSufficientLinkRule : PolicyRule
{
    public override void Define()
    {
        ChargeCharacter character = default!;

        When()
            .Match(() => character, c => c.Character == ChargeCharacterKind.Terrorism)
            .Exists<TerrorismLinkSufficient>(t => t.Charge == character.Charge);

        Then()
            .Yield(ctx => ctx.Allow(
                $"{Words.Charge(character.Charge)} alleges {Words.Of(character.Charge.Terrorism!.LinkActs.Cast<Enum>())} by the person{(character.Charge.Terrorism.OrganisationDesignation == null ? string.Empty : ", organisation " + Words.Of(character.Charge.Terrorism.OrganisationDesignation.Value))}; terrorism may be processed under conditions despite a political motive (AGN/53/RES/7, AG-2004-RES-18).",
                character.Charge));
    }
}
