namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0402")]
[Description("Refer to the U.S. Attorney: a conforming formal request under a confirmed treaty or 18 U.S.C. 3181(b) covers an extraditable charge.")]
[Citation(Sources.Crm, "613", Authority.Confirmed, Url = Sources.Crm613)]
[Citation(Sources.Crm, "617", Authority.Confirmed, Url = Sources.Crm617)]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class ReferOnFormalRequestRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        ExtraditionBasis basis = default!;
        EffectiveRequests er = default!;
        CaseSummary summary = default!;

        When()
            .Match(() => us, u => !ProceduralRecord.Complaint(u))
            .Match(() => basis, b => (b.Kind == BasisKind.Treaty && b.Confirmed) || b.Kind == BasisKind.Section3181b)
            .Match(() => er, e => e.Formal != null)
            .Match(() => summary, s => s.AnyExtraditable);

        Then()
            .Yield(ctx => ctx.Allow(
                $"The conforming formal request {er.Formal!.Id} of {UsFacts.Iso(er.Formal.ReceivedOn)} covers extraditable charge(s) {summary.ExtraditableIds}; refer it to the U.S. Attorney to file the complaint with the documents and seek a warrant.",
                er, summary));
    }
}
