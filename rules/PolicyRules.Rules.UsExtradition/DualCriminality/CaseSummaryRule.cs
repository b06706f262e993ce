using System.Collections.Immutable;

namespace PolicyRules.Rules.UsExtradition.DualCriminality;

[Name("USX-0904")]
[Description("Sums up the charge assessments for the case: any extraditable, all failing dual criminality, none covered, any undetermined; and whether the case is still at screening.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("The case is at screening (OIA and the Criminal Division decide) until a 3184 complaint is filed; after that, coverage and dual criminality are for the extradition court.")]
[Priority(1)]
internal sealed class CaseSummaryRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        IEnumerable<ChargeAssessment> assessments = default!;
        IEnumerable<Charge> charges = default!;

        When()
            .Match(() => us)
            .Query(() => charges, q => q.Match<Charge>().Collect())
            .Query(() => assessments, q => q.Match<ChargeAssessment>().Collect())
            .Having(() => assessments.Count() == charges.Count());

        Then()
            .Yield(ctx => new CaseSummary
            {
                Assessments = Ordered(assessments),
                Screening = !ProceduralRecord.Complaint(us),
            });
    }

    private static ImmutableArray<ChargeAssessment> Ordered(IEnumerable<ChargeAssessment> assessments) =>
        [.. assessments.OrderBy(a => a.Charge.Id, StringComparer.Ordinal)];
}
