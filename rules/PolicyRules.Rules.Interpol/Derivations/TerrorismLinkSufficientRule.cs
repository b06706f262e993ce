namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0804")]
[Description("Marks a terrorism charge whose alleged acts give the active and meaningful link the organisation's designation requires (spec D4).")]
[Citation(Sources.Rop, "§3.6 scenarios A-C", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§2.2.1 para 43", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Remarks("Decides open question Q6 with the Repository's sliding scale: a UN listing plus any concrete act, travel to join included, suffices; a regional or multi-state listing needs an act within the organisation (recruiting, training, funding, sheltering, supplies, operational meetings, arms, orders); a listing by the requester alone, or none, needs acts that are crimes in themselves. Speech, assembly, association, religious practice and general support never suffice. A terrorist-act charge needs a violent crime or a convention offence.")]
[Priority(1)]
internal sealed class TerrorismLinkSufficientRule : PolicyRule
{
    public override void Define()
    {
        ChargeCharacter character = default!;

        When()
            .Match(() => character, c => c.Character == ChargeCharacterKind.Terrorism, c => Taxonomy.TerrorismLinkSufficient(c.Charge));

        Then()
            .Yield(_ => new TerrorismLinkSufficient(character.Charge));
    }
}
