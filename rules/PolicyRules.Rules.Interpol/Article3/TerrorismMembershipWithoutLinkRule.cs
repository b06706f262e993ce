namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0421")]
[Description("A terrorism membership or support charge without the active and meaningful link its designation requires is treated as membership of a prohibited organisation.")]
[Citation(Sources.Rop, "§3.6 scenarios A-C", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.3.2", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Decides open question Q6 (see INT-0804). Speech, assembly, association, religious practice and general support never establish the link.")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class TerrorismMembershipWithoutLinkRule : PolicyRule
{
    public override void Define()
    {
        ChargeCharacter character = default!;

        When()
            .Match(() => character, c => c.Character == ChargeCharacterKind.Terrorism)
            .Not<TerrorismLinkSufficient>(t => t.Charge == character.Charge)
            .Not<Art3Separable>(s => s.Charge == character.Charge);

        Then()
            .Yield(ctx => ctx.Deny(
                $"{Words.Charge(character.Charge)} alleges {(character.Charge.Category == OffenceCategory.TerroristAct ? "a terrorist act" : "membership of or support for an organisation")} ({(character.Charge.Terrorism == null || character.Charge.Terrorism.OrganisationDesignation == null ? "designation not stated" : "organisation " + Words.Of(character.Charge.Terrorism.OrganisationDesignation.Value))}) but only {(character.Charge.Terrorism == null ? "no concrete act" : Words.Of(character.Charge.Terrorism.LinkActs.Cast<Enum>()))}; without an active and meaningful link of the required kind the charge is treated as membership of a prohibited organisation.",
                character.Charge));
    }
}
