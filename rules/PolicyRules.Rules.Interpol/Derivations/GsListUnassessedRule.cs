namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0807")]
[Description("Marks a charge on the General Secretariat's reported list of excluded offences that no analyst has classified (spec D7).")]
[Citation(Sources.Rpd, "Art. 83(1)(a)(i)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.NgmList, "list of offences", Authority.Secondary, Url = Sources.NgmListUrl)]
[Citation(Sources.KnCheques, "USD 10,000 floor", Authority.Secondary, Url = Sources.KnChequesUrl)]
[Citation(Sources.OthersideAbduction, "2022 policy", Authority.Secondary, Url = Sources.OthersideAbductionUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Decides open question Q11: the list is not public, so its reported content stays secondary. Parental child abduction counts only from 2022-01-01, and a bounced cheque only below USD 10,000 with no repeated issuance.")]
[Priority(1)]
internal sealed class GsListUnassessedRule : PolicyRule
{
    public override void Define()
    {
        Evaluation evaluation = default!;
        Request request = default!;
        Charge charge = default!;

        When()
            .Match(() => evaluation)
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Match(() => charge,
                c => Taxonomy.GsList.Contains(c.Category),
                c => c.ExclusionClass == ExclusionClass.NotAssessed,
                c => !c.Conduct.LinkedToSeriousOrOrganisedCrime,
                c => c.Category != OffenceCategory.ParentalChildAbduction || evaluation.AsOf >= Taxonomy.ParentalAbductionListedFrom,
                c => c.Category != OffenceCategory.BouncedCheque || ((c.AmountUsd == null || c.AmountUsd < Taxonomy.BouncedChequeFloorUsd) && !c.RepeatedConduct));

        Then()
            .Yield(_ => new GsListUnassessed(charge));
    }
}
