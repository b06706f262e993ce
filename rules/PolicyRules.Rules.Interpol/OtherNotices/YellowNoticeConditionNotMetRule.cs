namespace PolicyRules.Rules.Interpol.OtherNotices;

[Name("INT-0712")]
[Description("A Yellow notice is refused when a condition of RPD Art. 90(2) is stated as not met (no police report, whereabouts known to the police, an adult whose country's privacy law prevents the request), and the condition is asked when unknown.")]
[Citation(Sources.Rpd, "Art. 90(2)(a)-(c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 9, 88-90 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Unknown is not absent: a condition the case does not state is asked, one at a time in the order of Art. 90(2) (then, for an adult, whether they left of their own will, which decides INT-0713); only a condition stated as not met refuses.")]
[Addresses(Elements.Purpose)]
internal sealed class YellowNoticeConditionNotMetRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.YellowNotice, r => Channels.YellowDefect(r.MissingPerson) != null || Channels.YellowQuestion(r.MissingPerson) != null);

        Then()
            .Yield(ctx => Channels.YellowDefect(request.MissingPerson) != null
                ? ctx.Deny(
                    $"A Yellow notice may be published only under the conditions of RPD Art. 90(2), and {Channels.YellowDefect(request.MissingPerson)}.",
                    request)
                : ctx.Ask(
                    Channels.YellowQuestion(request.MissingPerson)!,
                    "The case does not state every condition of a Yellow notice (RPD Art. 90(2)) or, for an adult, whether they left of their own will; this must be asked, not assumed.",
                    request));
    }
}
