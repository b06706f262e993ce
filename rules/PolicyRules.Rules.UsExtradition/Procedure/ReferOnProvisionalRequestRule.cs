namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0401")]
[Description("Refer to the U.S. Attorney: a conforming provisional-arrest request under a confirmed treaty covers an extraditable charge.")]
[Citation(Sources.Usam, "§ 3 (after a diplomatic request for provisional arrest the U.S. Attorney files a complaint)", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Crm, "613", Authority.Confirmed, Url = Sources.Crm613)]
[Citation(Sources.Crm, "615", Authority.Confirmed, Url = Sources.Crm615)]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("Needs a treaty whose in-force status is confirmed (decision D1). Coverage rests on OIA's analysis of each charge; where the treaty type is only [S] or [U], OIA's finding that the request conforms to the treaty is what the referral relies on, and USX-0213 reviews the status where that is unconfirmed.")]
internal sealed class ReferOnProvisionalRequestRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;
        EffectiveRequests er = default!;
        CaseSummary summary = default!;

        When()
            .Match(() => us, u => !ProceduralRecord.Complaint(u))
            .Match(() => basis, b => b.Kind == BasisKind.Treaty && b.Confirmed)
            .Match(() => treaty)
            .Match(() => er, e => e.ProvisionalArrest != null && e.Formal == null)
            .Match(() => summary, s => s.AnyExtraditable);

        Then()
            .Yield(ctx => ctx.Allow(
                $"The conforming provisional-arrest request {er.ProvisionalArrest!.Id} of {UsFacts.Iso(er.ProvisionalArrest.ReceivedOn)} under the treaty with {treaty.Name} covers extraditable charge(s) {summary.ExtraditableIds}; refer it to the U.S. Attorney to file a complaint under 18 U.S.C. 3184 and seek a warrant.",
                er, summary));
    }
}
