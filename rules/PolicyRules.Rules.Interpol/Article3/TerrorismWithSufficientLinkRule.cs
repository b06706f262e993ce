namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0420")]
[Description("A terrorism charge alleging a terrorist act, or an active and meaningful link of the kind the organisation's designation requires, may be processed despite a political motive.")]
[Citation(Sources.Rop, "§3.6", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§2.2.1 para 43", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Neutrality, "AGN/53/RES/7", Authority.Confirmed, Url = Sources.NeutralityUrl)]
[EffectiveFrom("2012-07-01")]
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
