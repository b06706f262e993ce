namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0905")]
[Description("Derives the requests the United States can act on: found conforming by OIA, sent through diplomatic or treaty-direct channels, on a basis that exists.")]
[Citation(Sources.Usam, "§ 3 (after a diplomatic request for provisional arrest)", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.Crm, "613", Authority.Confirmed, Url = Sources.Crm613)]
[EffectiveFrom("1948-09-01")]
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
            });
    }

    private static UsRequest? Earliest(UsSituation us, ExtraditionBasis basis, UsRequestKind kind) =>
        us.Requests
            .Where(r => r.Kind == kind && Effective(r, basis))
            .OrderBy(r => r.ReceivedOn)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    private static bool Effective(UsRequest request, ExtraditionBasis basis) =>
        request.Conforming == true
        && request.Channel is UsRequestChannel.Diplomatic or UsRequestChannel.TreatyDirect
        && ((request.Basis == UsRequestBasis.BilateralTreaty && basis.Kind == BasisKind.Treaty)
            || (request.Basis == UsRequestBasis.Section3181b && request.Kind == UsRequestKind.FormalExtradition && basis.Kind == BasisKind.Section3181b));
}
