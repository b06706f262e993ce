namespace PolicyRules.Rules.UsExtradition.Counts;

[Name("USX-0320")]
[Description("States, for each charge, whether the basis covers it, whether the conduct is a crime under U.S. law, where its certification stands after habeas and appeal, and so whether the person is extraditable on this count.")]
[Citation(Sources.UsCode18, "§ 3184 (the judge certifies whether the evidence is sufficient to sustain the charge)", Authority.Confirmed, Url = Sources.S3184)]
[Citation(Sources.Fam7, "1612 (extraditable offence)", Authority.Confirmed, Url = Sources.Fam1610)]
[Citation("Fernandez v. Phillips", "268 U.S. 311 (1925), as quoted in Eain v. Wilkes", Authority.Confirmed)]
[Citation("United States v. Rauscher", "119 U.S. 407 (1886)", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("Per count: the finding is a note on the request, whose outcome the other rules decide, and decides the count: extraditable on it (allow) when the judge certified it and no habeas petition or appeal against it is pending, or, before any ruling, when the basis covers it and dual criminality holds; not extraditable on it (deny) when the judge refused to certify it, when habeas or appeal set its certification aside, or when at screening a confirmed treaty of confirmed type does not cover it or the conduct is no U.S. crime; otherwise for OIA, the court or the Secretary (review). Courts certify count by count, and specialty (Rauscher) limits a surrendered person's trial to the counts surrendered on, so the request may stand on some counts only.")]
[Remarks("A count without its own entry in us.proceedings.counts follows the case-wide record; an entry stated pending or with no ruling leaves the count to the judge.")]
internal sealed class CountOutcomeRule : PolicyRule
{
    public override void Define()
    {
        ChargeAssessment a = default!;
        UsSituation us = default!;
        TreatyStatus treaty = default!;
        ExtraditionBasis basis = default!;

        When()
            .Match(() => a)
            .Match(() => us)
            .Match(() => treaty)
            .Match(() => basis);

        Then()
            .Yield(ctx => ctx.Note(
                $"Count {a.Charge.Id}: {Coverage(a, basis)}; {DualCriminality(a, us)}; {Certification(ProceduralRecord.Standing(us, a.Charge.Id))}: {Conclusion(EffectOf(a, us, treaty))}.",
                EffectOf(a, us, treaty),
                a));
    }

    private static Effect EffectOf(ChargeAssessment a, UsSituation us, TreatyStatus treaty) => ProceduralRecord.Standing(us, a.Charge.Id) switch
    {
        CountStanding.Certified => Effect.Allow,
        CountStanding.NotCertified or CountStanding.SetAside => Effect.Deny,
        CountStanding.NotBeforeJudge when !ProceduralRecord.Hearing(us) && a.Extraditable => Effect.Allow,
        CountStanding.NotBeforeJudge when !ProceduralRecord.Complaint(us) && a.Fails && treaty.StatusConfirmed && treaty.TypeConfidence == "C" => Effect.Deny,
        _ => Effect.Review,
    };

    private static string Coverage(ChargeAssessment a, ExtraditionBasis basis) => a.Coverage switch
    {
        Derived.Coverage.Covered => basis.Kind == BasisKind.Section3181b ? "covered by 18 U.S.C. 3181(b)" : "covered by the treaty",
        Derived.Coverage.NotCovered => $"not covered ({a.Why})",
        Derived.Coverage.Undetermined => $"coverage not yet determined ({a.Why})",
        _ => $"coverage not assessed ({a.Why})",
    };

    private static string DualCriminality(ChargeAssessment a, UsSituation us) => a.DualCriminality switch
    {
        Derived.DualCriminality.Satisfied => us.OffenceAnalysis.FirstOrDefault(x => x.ChargeId == a.Charge.Id)?.UsAnalogue is { } analogue
            ? $"a crime under U.S. law ({analogue})"
            : "treated as a crime under U.S. law",
        Derived.DualCriminality.Failed => "not a crime under U.S. law",
        _ => "dual criminality not analysed",
    };

    private static string Certification(CountStanding standing) => standing switch
    {
        CountStanding.Certified => "certified",
        CountStanding.UnderReview => "certified, with a habeas petition or an appeal against it pending",
        CountStanding.NotCertified => "the judge refused to certify it",
        CountStanding.SetAside => "certified, then set aside on habeas review or appeal",
        CountStanding.Pending => "certification not yet decided",
        _ => "no ruling on it in the record",
    };

    private static string Conclusion(Effect effect) => effect switch
    {
        Effect.Allow => "this count can found extradition",
        Effect.Deny => "this count cannot found extradition",
        _ => "whether this count can found extradition is for OIA, the court or the Secretary of State",
    };
}
