namespace PolicyRules.Rules.Interpol.Article2;

[Name("INT-0502")]
[Description("A competent body's finding of a real risk to the person's life bars processing.")]
[Citation(Sources.Constitution, "Art. 2(1)", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§2.1.5 para 32(d)", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Article 2(1) of the INTERPOL Constitution, in force since 13 June 1956 [C] (INTERPOL traces the neutrality clause to 1948 and the choice to confine itself to ordinary-law crime to 1946); the rule applies from then. The RPD articles and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
[Remarks("Decides open question Q9: a refusal needs a finding about this person by a competent body (a court, a UN treaty body, or a national authority deciding extradition or asylum), because the General Secretariat relies on such findings and makes no human-rights assessment of its own. Reports lead to review (INT-0506); the person's own allegation is a general-context factor only.")]
[Remarks("Article 2 findings have no exception for international crimes, terrorism or predominance: an international-crime charge lifts the Article 3 bar, never this one.")]
internal sealed class RiskToLifeEstablishedRule : PolicyRule
{
    public override void Define()
    {
        Article2Concern concern = default!;

        When()
            .Match(() => concern, c => c.Kind == Article2Kind.ExtrajudicialKilling, c => c.Basis == Article2Basis.CompetentBodyFinding);

        Then()
            .Yield(ctx => ctx.Deny(
                $"{concern.Body ?? "A competent body"} found a real risk to the person's life ({Words.Detail(concern.Detail)}); a serious and irreversible violation bars processing (Constitution Art. 2(1)).",
                concern));
    }
}
