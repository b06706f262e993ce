namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0905")]
[Description("Derives the requests the United States can act on: found conforming by OIA, sent through diplomatic or treaty-direct channels, on a basis that exists.")]
[Citation(Sources.Usam, "§ 3 (after a diplomatic request for provisional arrest)", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Crm, "613", Authority.Confirmed, Url = Sources.Crm613)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("Procedure entered at any stage: once the record establishes a 3184 complaint (stated, or implied by an arrest, a hearing or a later step), a request whose OIA finding the case does not state counts as found in order, because prosecutors act only on requests that reach them through OIA in good order (CRM 613). Before that, such a request is `Unreviewed`, and USX-0101/0102 ask for the finding instead of refusing.")]
[Remarks("A request is effective when OIA found it conforming, it came through diplomatic or treaty-direct channels, and either it claims a bilateral treaty that is in force or it is a formal request under 3181(b) whose elements are all met. A provisional-arrest request under 3181(b) is never effective: provisional arrest rests on a treaty article. A request sent only through INTERPOL is not effective here; USX-0103 asks OIA whether the treaty lets that channel carry it.")]
[Priority(1)]
internal sealed class EffectiveRequestsRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        ExtraditionBasis basis = default!;

        When()
            .Match(() => us)
            .Match(() => basis);

        Then()
            .Yield(ctx => new EffectiveRequests
            {
                ProvisionalArrest = Earliest(us, basis, UsRequestKind.ProvisionalArrest),
                Formal = Earliest(us, basis, UsRequestKind.FormalExtradition),
                Unreviewed = Unreviewed(us, basis),
                FormalReceived = FormalReceived(us, basis),
            });
    }

    private static UsRequest? Unreviewed(UsSituation us, ExtraditionBasis basis) =>
        ProceduralRecord.Complaint(us) ? null : us.Requests
            .Where(r => r.Conforming == null && Effective(r with { Conforming = true }, basis))
            .OrderBy(r => r.ReceivedOn)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    private static UsRequest? FormalReceived(UsSituation us, ExtraditionBasis basis) =>
        us.Requests
            .Where(r => r.Kind == UsRequestKind.FormalExtradition && r.Conforming != false && Effective(r with { Conforming = true }, basis))
            .OrderBy(r => r.ReceivedOn)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    // Once the record establishes a 3184 complaint, a request whose review the case does not state was found in order:
    // prosecutors act only on requests that reach them through OIA in good order (CRM 613).
    private static UsRequest? Earliest(UsSituation us, ExtraditionBasis basis, UsRequestKind kind) =>
        us.Requests
            .Where(r => r.Kind == kind && Effective(r.Conforming == null && ProceduralRecord.Complaint(us) ? r with { Conforming = true } : r, basis))
            .OrderBy(r => r.ReceivedOn)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    private static bool Effective(UsRequest request, ExtraditionBasis basis) =>
        request.Conforming == true
        && request.Channel is UsRequestChannel.Diplomatic or UsRequestChannel.TreatyDirect
        && ((request.Basis == UsRequestBasis.BilateralTreaty && basis.Kind == BasisKind.Treaty)
            || (request.Basis == UsRequestBasis.Section3181b && request.Kind == UsRequestKind.FormalExtradition && basis.Kind == BasisKind.Section3181b));
}
