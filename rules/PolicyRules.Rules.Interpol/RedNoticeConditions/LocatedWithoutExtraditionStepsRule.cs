namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0105")]
[Description("A Red Notice is cancelled when the person was located, the requester took no step towards extradition, and after consultation gave no reasonable grounds.")]
[Citation(Sources.Rpd, "Art. 81(3)(d)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 87(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("A refusal of extradition by the locating state is not a failure to take steps; it is weighed as factor 34(3)(d) (CCF decision 2019-5).")]
[Addresses(Elements.Purpose)]
internal sealed class LocatedWithoutExtraditionStepsRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice, r => Purpose.LocatedWithoutSteps(r));

        Then()
            .Yield(ctx => ctx.Deny(
                $"The person was located on {Words.Date(request.Location!.LocatedDate)}; the requester has taken no step towards extradition and, after consultation, gave no reasonable grounds, so the notice must be cancelled.",
                request, request.Location));
    }
}
