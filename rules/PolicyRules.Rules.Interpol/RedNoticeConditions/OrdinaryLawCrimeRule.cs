namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0120")]
[Description("A charge is an ordinary-law crime outside the categories RPD Art. 83(1)(a)(i) excludes (for a diffusion: an ordinary-law crime within INTERPOL's remit).")]
[Citation(Sources.Rpd, "Art. 83(1)(a)(i)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Constitution, "Art. 2(2)", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rpd, "Arts 97(2), 99", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Article 2(2) of the INTERPOL Constitution, in force since 13 June 1956 [C] (INTERPOL traces the neutrality clause to 1948 and the choice to confine itself to ordinary-law crime to 1946); the rule applies from then. The RPD articles and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
[Remarks("Decides open question Q8: the Art. 83 exclusions and thresholds apply to Red Notices only; a diffusion is tested for purpose (Art. 97(1)), data quality (Art. 99(2)), interest, Articles 2 and 3 and the refugee policy.")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class OrdinaryLawCrimeRule : PolicyRule
{
    public override void Define()
    {
        Evaluation evaluation = default!;
        Request request = default!;
        ChargeCharacter character = default!;

        When()
            .Match(() => evaluation)
            .Match(() => request)
            .Match(() => character, c => c.Character == ChargeCharacterKind.Ordinary, c => !c.Charge.Conduct.InArmedConflict)
            .Not<ExclusionApplies>(e => e.Charge == character.Charge)
            .Not<GsListUnassessed>(g => g.Charge == character.Charge);

        Then()
            .Yield(ctx => ctx.Allow(
                evaluation.AsOf < Taxonomy.RpdInForce
                    ? $"{Words.Charge(character.Charge)} is an ordinary-law crime within INTERPOL's remit (Constitution Art. 2(2)); the RPD's exclusions did not yet apply, and the earlier rules' conditions are for review (INT-0903)."
                    : request.Kind == RequestKind.RedNotice
                    ? $"{Words.Charge(character.Charge)} is an ordinary-law crime and is not in a category excluded by RPD Art. 83(1)(a)(i)."
                    : request.Kind == RequestKind.Diffusion
                    ? $"{Words.Charge(character.Charge)} is an ordinary-law crime within INTERPOL's remit (Constitution Art. 2(2)); the Art. 83 exclusions do not apply to diffusions."
                    : $"{Words.Charge(character.Charge)} is an ordinary-law crime within INTERPOL's remit (Constitution Art. 2(2)); the Art. 83 exclusions are Red Notice conditions and do not apply to {Words.KindWithArticle(request.Kind)}.",
                character.Charge));
    }
}
