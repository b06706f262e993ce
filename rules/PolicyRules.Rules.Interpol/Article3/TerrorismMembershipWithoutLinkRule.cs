namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0421")]
[Description("A terrorism membership or support charge without the active and meaningful link its designation requires is treated as membership of a prohibited organisation.")]
[Citation(Sources.Rop, "§3.6 scenarios A-C", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.3.2", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
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
