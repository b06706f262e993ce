namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0807")]
[Description("Marks a charge on the General Secretariat's reported list of excluded offences that no analyst has classified (spec D7).")]
[Citation(Sources.Rpd, "Art. 83(1)(a)(i)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.NgmList, "list of offences", Authority.Secondary, Url = Sources.NgmListUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Remarks("Decides open question Q11: the list is not public, so its reported content stays secondary, and membership only ever withholds an allow (the charge goes to an analyst under INT-0124).")]
[Remarks("Legal review 2026-12-03, row INT-0807/0124: RPD Art. 83(1)(a)(i) excludes offences deriving from private disputes unless they facilitate serious or organised crime; the amount is not the test. The reported USD 10,000 floor and repeated-issuance test (Kingsley Napley [S]) and the reported 2022 listing date of parental child abduction ([S]) no longer keep a charge out of review: they decided an allow through INT-0120. Every listed charge no analyst has classified now goes to review; the floor is quoted in the reason only (analyzer PR0303).")]
[Priority(1)]
internal sealed class GsListUnassessedRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        Charge charge = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Match(() => charge,
                c => Taxonomy.GsList.Contains(c.Category),
                c => c.ExclusionClass == ExclusionClass.NotAssessed,
                c => !c.Conduct.LinkedToSeriousOrOrganisedCrime);

        Then()
            .Yield(_ => new GsListUnassessed(charge));
    }
}
