namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0902")]
[Description("No silent pass: when nothing refuses the request and a required element of its channel (purpose, ordinary-law crime, penalty, judicial data, identifiers for a Red Notice, interest, as the channel needs them) is not affirmatively addressed, the case goes to review.")]
[Citation(Sources.Rpd, "Arts 76(2), 77(2)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Arts 82, 83", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Arts 9(3), 35, 88, 90, 97, 99(2)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("The guard reads derived facts only (which elements a finding addressed, and whether anything refused), never findings of its own kind, so it cannot loop. A refusal makes the guard unnecessary and it disappears.")]
[Remarks("It fires last (priority -1): it concludes from what the other rules did not find, so it waits until they have run; fired earlier, its review was withdrawn again in most cases once the other findings arrived.")]
[Priority(-1)]
internal sealed class RequiredElementNotEstablishedRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        string element = default!;

        When()
            .Match(() => request)
            .Query(() => element, q => q.Match<Request>(r => r == request).SelectMany(r => Elements.RequiredFor(r)))
            .Not<ElementAddressed>(a => Elements.Covers(a, element))
            .Not<AnyDeny>();

        Then()
            .Yield(ctx => ctx.Review(
                $"The {element} element is not established by the input; a compliant outcome needs every condition of {Channels.Conditions(request.Kind)} affirmatively met.",
                request));
    }
}
