namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0124")]
[Description("A Red Notice charge on the General Secretariat's reported list of excluded offences (including a bounced cheque of any amount) needs an analyst's classification.")]
[Citation(Sources.Rpd, "Art. 83(1)(a)(i)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.NgmList, "reported list of offences", Authority.Secondary, Url = Sources.NgmListUrl)]
[Citation(Sources.KnCheques, "USD 10,000 or repeated issuance (quoted, not applied)", Authority.Secondary, Url = Sources.KnChequesUrl)]
[Citation(Sources.OthersideAbduction, "parental child abduction, 2022", Authority.Secondary, Url = Sources.OthersideAbductionUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Decides open question Q11: the list is known only from secondary sources, so membership sends the case to review and never refuses it. Once an analyst sets the exclusion class, INT-0121 to INT-0123 or INT-0120 take over.")]
[Remarks("Legal review 2026-12-03, row INT-0807/0124: a bounced cheque above the reported USD 10,000 floor, or issued repeatedly, used to skip this review and be allowed by INT-0120. The private-dispute exclusion of RPD Art. 83(1)(a)(i) turns on the facts (a private dispute, or a link to serious or organised crime), not on the amount, so every unclassified bounced cheque is reviewed; the reason quotes the reported floor and the amount for the analyst.")]
[Addresses(Elements.OrdinaryLawCrime)]
internal sealed class ListedOffenceNotAssessedRule : PolicyRule
{
    public override void Define()
    {
        GsListUnassessed listed = default!;

        When()
            .Match(() => listed);

        Then()
            .Yield(ctx => ctx.Review(
                $"{Words.Charge(listed.Charge)} is reported to be on the General Secretariat's non-exhaustive list of excluded offences{(listed.Charge.Category == OffenceCategory.BouncedCheque ? $"; a practitioner reports that bounced cheques qualify from {Words.Usd(Taxonomy.BouncedChequeFloorUsd)} or with repeated issuance (here {Words.Usd(listed.Charge.AmountUsd)}{(listed.Charge.RepeatedConduct ? ", issued repeatedly" : string.Empty)}), but the amount is not the test" : string.Empty)}; an analyst must classify it under RPD Art. 83(1)(a)(i).",
                listed.Charge));
    }
}
