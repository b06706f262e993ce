namespace PolicyRules.Rules.UsExtradition.RedNoticeHandling;

[Name("USX-0102")]
[Description("No U.S. department or agency may extradite a person based solely on an INTERPOL Red Notice or diffusion (22 U.S.C. 263b(d)).")]
[Citation(Sources.UsCode22, "§ 263b(d) (Pub. L. 117-81, FY2022 NDAA)", Authority.Confirmed, Url = Sources.Trap263b)]
[EffectiveFrom("2021-12-27")]
[Remarks("Law in time: 22 U.S.C. 263b was enacted by the FY2022 NDAA (Pub. L. 117-81), signed 2021-12-27; it has no earlier counterpart in statute.")]
[Remarks("Procedure entered at any stage: silent once the record establishes a 3184 complaint (stated or implied by a later step). Unknown is not absent: a stated request whose OIA finding is not stated makes the rule ask, not refuse.")]
[Remarks("The effective date is the date of enactment of the FY2022 NDAA (27 December 2021), which the date reference in 263b(c) confirms.")]
internal sealed class NoExtraditionOnNoticeAloneRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;
        EffectiveRequests er = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => !ProceduralRecord.Complaint(u))
            .Match(() => er, e => !e.Any);

        Then()
            .Yield(ctx => er.Unreviewed != null
                ? ctx.Ask(
                    RecordQuestions.Conforming(er.Unreviewed!),
                    $"No U.S. department or agency may extradite anyone based solely on the {UsFacts.Notice(req)}; request {er.Unreviewed!.Id} was received, but the case does not say whether OIA found it in good order, so whether anything beyond the notice stands must be asked, not assumed.",
                    req, er)
                : ctx.Deny(
                    $"No U.S. department or agency may extradite anyone based solely on the {UsFacts.Notice(req)}, and the case states no conforming extradition request.",
                    req, er));
    }
}
