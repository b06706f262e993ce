namespace PolicyRules.Rules.Interpol.Article2;

[Name("INT-0501")]
[Description("A competent body's unremedied finding of a real risk of torture or ill-treatment, or of a conviction resting on a confession obtained by torture, bars processing.")]
[Citation(Sources.Constitution, "Art. 2(1)", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rpd, "Art. 34(1)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§2.1 paras 25-27", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Article 2(1) of the INTERPOL Constitution, in force since 13 June 1956 [C] (INTERPOL traces the neutrality clause to 1948 and the choice to confine itself to ordinary-law crime to 1946); the rule applies from then. The RPD articles and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
[Remarks("Decides open question Q9: a refusal needs a finding about this person by a competent body (a court, a UN treaty body, or a national authority deciding extradition or asylum), because the General Secretariat relies on such findings and makes no human-rights assessment of its own. Reports lead to review (INT-0506); the person's own allegation is a general-context factor only.")]
[Remarks("Article 2 findings have no exception for international crimes, terrorism or predominance: an international-crime charge lifts the Article 3 bar, never this one.")]
internal sealed class TortureEstablishedRule : PolicyRule
{
    public override void Define()
    {
        Article2Concern concern = default!;

        When()
            .Match(() => concern, c => c.Kind == Article2Kind.Torture || c.Kind == Article2Kind.IllTreatment || c.Kind == Article2Kind.ConfessionUnderTorture, c => c.Basis == Article2Basis.CompetentBodyFinding, c => !c.Remedied);

        Then()
            .Yield(ctx => ctx.Deny(
                $"{concern.Body ?? "A competent body"} found {(concern.Kind == Article2Kind.ConfessionUnderTorture ? "that the conviction rests on a confession obtained by torture" : "a real risk of torture or ill-treatment")} ({Words.Detail(concern.Detail)}); processing would be contrary to the spirit of the Universal Declaration of Human Rights (Constitution Art. 2(1)).",
                concern));
    }
}
