namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0902")]
[Description("No silent pass: when nothing refuses the request and a required element (purpose, ordinary-law crime, penalty, judicial data, interest) is not affirmatively addressed, the case goes to review.")]
[Citation(Sources.Rpd, "Arts 76(2), 77(2)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Arts 82, 83", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
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
            .Query(() => element, q => q.Match<Request>(r => r == request).SelectMany(r => Elements.RequiredFor(r.Kind)))
            .Not<ElementAddressed>(a => Elements.Covers(a, element))
            .Not<AnyDeny>();

        Then()
            .Yield(ctx => ctx.Review(
                $"The {element} element is not established by the input; a compliant outcome needs every condition of RPD Arts 82-83 affirmatively met.",
                request));
    }
}
