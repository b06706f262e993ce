namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0204")]
[Description("A Red Notice's summary of facts must describe the person's own acts, with the time and place of the alleged activity.")]
[Citation(Sources.Rpd, "Art. 83(2)(b)(i)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§3.13 case 2", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Unknown is not absent: with no summary of facts in the case, or one whose own acts, time or place nobody has stated, the rule asks. It refuses when the request is known to give no summary (`lacks: [\"summaryOfFacts\"]`) or the summary is known to miss one of the three.")]
[Addresses(Elements.JudicialData)]
internal sealed class SummaryLacksOwnActsTimeOrPlaceRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice, r => Questions.SummaryDefectStated(r) || Questions.SummaryUnknown(r));

        Then()
            .Yield(ctx => Questions.SummaryDefectStated(request)
                ? request.SummaryOfFacts == null
                    ? ctx.Deny("The request gives no summary of facts, so it describes neither the person's own acts nor the time and place of the alleged criminal activity (RPD Art. 83(2)(b)(i)).", request)
                    : ctx.Deny(
                        $"The summary of facts does not give a clear description of {Words.List(new[] { request.SummaryOfFacts.DescribesPersonsOwnActs == false ? "the person's own acts" : null, request.SummaryOfFacts.StatesTime == false ? "the time" : null, request.SummaryOfFacts.StatesPlace == false ? "the place" : null }.OfType<string>())} of the alleged criminal activity (RPD Art. 83(2)(b)(i)); saying the person \"was involved\", or copying the text used for co-accused, is not enough (Repository of Practice §3.13).",
                        request, request.SummaryOfFacts)
                : ctx.Ask(
                    Questions.Summary(request),
                    "The case does not say whether the request's summary of facts describes the person's own acts with the time and place (RPD Art. 83(2)(b)(i)); this must be asked, not assumed.",
                    request));
    }
}
