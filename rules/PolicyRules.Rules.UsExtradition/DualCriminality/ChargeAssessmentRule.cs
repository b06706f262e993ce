namespace PolicyRules.Rules.UsExtradition.DualCriminality;

[Name("USX-0903")]
[Description("Assesses each charge for dual criminality and for coverage by the treaty type (list, dual criminality, mixed) or by 18 U.S.C. 3181(b).")]
[Citation(Sources.Fam7, "1612 (extraditable offence)", Authority.Confirmed, Url = Sources.Fam1610)]
[Citation(Sources.Usam, "§ 3 (Criminal Division decides whether a treaty covers the crimes)", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("Dual criminality: no analysis entry is undetermined; an entry with no U.S. analogue fails; otherwise it is satisfied. Under 3181(b) the qualifying charges count as satisfied and covered, because the Attorney General's certification covers the 18 U.S.C. 16 equivalence; the other charges are not covered.")]
[Remarks("Open question Q6: treaties differ between \"more than one year\" and \"12 months or more\". A dual-criminality treaty covers a charge when both maxima exceed 12 months, does not when either is below 12, and a value of exactly 12 is left undetermined, which is never wrong for either wording. A mixed treaty covers a listed offence, or one with both maxima of at least 12 months.")]
[Priority(1)]
internal sealed class ChargeAssessmentRule : PolicyRule
{
    public override void Define()
    {
        Charge charge = default!;
        UsSituation us = default!;
        TreatyStatus treaty = default!;
        ExtraditionBasis basis = default!;
        Section3181bElements s3181 = default!;

        When()
            .Match(() => charge)
            .Match(() => us)
            .Match(() => treaty)
            .Match(() => basis)
            .Match(() => s3181);

        Then()
            .Yield(ctx => new ChargeAssessment
            {
                Charge = charge,
                DualCriminality = Assess(charge, us, treaty, basis, s3181).DualCriminality,
                Coverage = Assess(charge, us, treaty, basis, s3181).Coverage,
                Why = Assess(charge, us, treaty, basis, s3181).Why,
            });
    }

    private static Assessment Assess(Charge charge, UsSituation us, TreatyStatus treaty, ExtraditionBasis basis, Section3181bElements s3181)
    {
        var analysis = us.OffenceAnalysis.FirstOrDefault(a => a.ChargeId == charge.Id);
        if (basis.Kind == BasisKind.Section3181b)
        {
            var qualifying = s3181.QualifyingChargeIds.Contains(charge.Id);
            return qualifying
                ? Result(charge, Derived.DualCriminality.Satisfied, Coverage.Covered, string.Empty)
                : Result(charge, DcOf(analysis), Coverage.NotCovered, "not a crime of violence against a U.S. national abroad");
        }

        var dc = DcOf(analysis);
        if (dc == Derived.DualCriminality.Failed)
        {
            return Result(charge, dc, Coverage.NotApplicable, "no U.S. analogue");
        }

        if (basis.Kind == BasisKind.None)
        {
            return Result(charge, dc, Coverage.NotApplicable, "no basis for extradition");
        }

        var foreign = charge.MaxPenaltyMonths;
        var domestic = analysis?.UsMaxPenaltyMonths;
        var listed = analysis?.Listed;
        var (coverage, why) = treaty.Type switch
        {
            TreatyType.List => listed switch
            {
                true => (Coverage.Covered, string.Empty),
                false => (Coverage.NotCovered, "not on the treaty list"),
                null => (Coverage.Undetermined, "treaty list not checked"),
            },
            TreatyType.DualCriminality => foreign is null || domestic is null
                ? (Coverage.Undetermined, "a maximum penalty is unknown")
                : foreign > 12 && domestic > 12
                    ? (Coverage.Covered, string.Empty)
                    : foreign < 12 || domestic < 12
                        ? (Coverage.NotCovered, "penalty below the one-year threshold")
                        : (Coverage.Undetermined, "penalty of exactly 12 months, where treaty thresholds differ"),
            TreatyType.Mixed => listed == true || (foreign >= 12 && domestic >= 12)
                ? (Coverage.Covered, string.Empty)
                : listed == false && (foreign < 12 || domestic < 12)
                    ? (Coverage.NotCovered, "not listed and penalty below the one-year threshold")
                    : (Coverage.Undetermined, "list or penalty threshold not established"),
            _ => (Coverage.Undetermined, "treaty type unknown"),
        };

        if (dc == Derived.DualCriminality.Undetermined)
        {
            why = "dual criminality not analysed";
            if (coverage == Coverage.Covered)
            {
                coverage = Coverage.Undetermined;
            }
        }

        return Result(charge, dc, coverage, why);
    }

    private static Derived.DualCriminality DcOf(OffenceAnalysis? analysis) =>
        analysis is null ? Derived.DualCriminality.Undetermined
        : analysis.UsAnalogue is null ? Derived.DualCriminality.Failed
        : Derived.DualCriminality.Satisfied;

    private static Assessment Result(Charge charge, Derived.DualCriminality dc, Coverage coverage, string why) => new(dc, coverage, why);

    private sealed record Assessment(Derived.DualCriminality DualCriminality, Coverage Coverage, string Why);
}
