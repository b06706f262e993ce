namespace PolicyRules.Rules.Interpol.RefugeePolicy;

[Name("INT-0602")]
[Description("A claimed, pending or non-member-confirmed refugee status against the requesting country is verified with the granting state and weighed.")]
[Citation(Sources.RefugeeResolution, "GA-2017-86-RES-09", Authority.Confirmed, Url = Sources.RefugeeResolutionUrl)]
[Citation(Sources.Rop, "§3.11 case 13", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.RefugeeResolution, "status confirmed only under UNHCR mandate", Authority.Unconfirmed, Url = Sources.RefugeeResolutionUrl)]
[EffectiveFrom("2015-02-01")]
[Remarks("Law in time: the refugee policy, endorsed by the Executive Committee in June 2014 [C] and sent to the NCBs in February 2015 [S]; the rule applies from 2015-02-01. Before then a refugee grant is weighed under Articles 2 and 3 (INT-0454, INT-0901), not applied as policy.")]
[Remarks("Decides open question Q5: status confirmed only under UNHCR's mandate, unverified status and pending claims go to review.")]
internal sealed class RefugeeStatusUnverifiedRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        Person person = default!;

        When()
            .Match(() => request, r => r.RequestingCountry != null)
            .Match(() => person, p => p.Refugee != null, p => p.Refugee!.PersecutingCountry == request.RequestingCountry,
                p => p.Refugee!.Status == RefugeeStatusKind.Unverified || p.Refugee.Status == RefugeeStatusKind.AsylumSeekerPending
                    || (p.Refugee.Status == RefugeeStatusKind.Confirmed && p.Refugee.ConfirmedBy != RefugeeConfirmer.MemberCountry));

        Then()
            .Yield(ctx => ctx.Review(
                $"The person claims protection against {person.Refugee!.PersecutingCountry}, the requesting country, but the status is {(person.Refugee.Status == RefugeeStatusKind.Confirmed ? (person.Refugee.ConfirmedBy == RefugeeConfirmer.None ? "said to be confirmed, but no confirming authority is named" : "confirmed only by " + Words.Of(person.Refugee.ConfirmedBy)) : Words.Of(person.Refugee.Status))}; verify it with the granting state and weigh it (an asylum claim is weighed, not decisive).",
                person.Refugee));
    }
}
