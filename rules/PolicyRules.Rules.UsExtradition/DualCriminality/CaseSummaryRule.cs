using System.Collections.Immutable;

namespace PolicyRules.Rules.UsExtradition.DualCriminality;

[Name("USX-0904")]
[Description("Sums up the charge assessments for the case: any extraditable, all failing dual criminality, none covered, any undetermined; and whether the case is still at screening.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
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
