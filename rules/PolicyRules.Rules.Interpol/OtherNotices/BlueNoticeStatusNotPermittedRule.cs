namespace PolicyRules.Rules.Interpol.OtherNotices;

[Name("INT-0703")]
[Description("A Blue notice may concern only a person convicted, charged, suspected, or a witness or victim; another status is refused, and an unstated status is asked.")]
[Citation(Sources.Rpd, "Art. 88(2)(a)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 44(1)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 9, 88-90 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Unknown is not absent: with no status in the request (no `subjectStatus`) the rule asks; it refuses only a stated status outside the list (a missing person is the Yellow notice's, Art. 90).")]
[Addresses(Elements.Purpose)]
internal sealed class BlueNoticeStatusNotPermittedRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.BlueNotice, r => !Channels.BlueStatus(r.SubjectStatus));

        Then()
            .Yield(ctx => request.SubjectStatus != null
                ? ctx.Deny(
                    $"The Blue notice request calls the person {Channels.StatusText(request.SubjectStatus.Value)}; a Blue notice may concern only a person convicted, charged, suspected, or a witness or victim in a criminal investigation (RPD Art. 88(2)(a)).",
                    request)
                : ctx.Ask(
                    new Question(
                        "What status does the request give the person in the criminal investigation (RPD Art. 44(1))?",
                        new Answer("charged", "$.request.subjectStatus", "\"charged\""),
                        new Answer("a witness", "$.request.subjectStatus", "\"witness\""),
                        new Answer("missing", "$.request.subjectStatus", "\"missing\"")),
                    "The case does not say whether the Blue notice concerns a person convicted, charged, suspected, a witness or a victim; a Blue notice needs one of these statuses (RPD Art. 88(2)(a)), so this must be asked, not assumed.",
                    request));
    }
}
