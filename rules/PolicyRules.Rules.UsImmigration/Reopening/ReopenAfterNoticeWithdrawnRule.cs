namespace PolicyRules.Rules.UsImmigration.Reopening;

[Name("IMM-0301")]
[Description("A removal order rested on the serious-nonpolitical-crime bar and INTERPOL has since cancelled or deleted the notice: a motion to reopen on new, previously unavailable evidence, due within 90 days of the final order.")]
[Citation(Sources.Ina, "§ 240(c)(7) (one motion to reopen, within 90 days of the final order; new facts supported by evidence)", Authority.Secondary, Url = Sources.Ina240)]
[Citation(Sources.Cfr8, "§ 1003.23(b)(3) and § 1003.2(c)(1) (the evidence must be material and not available or discoverable at the former hearing)", Authority.Secondary, Url = Sources.Cfr1003_23)]
[EffectiveFrom("1997-04-01")]
[Remarks("From IIRIRA's general effective date, which codified the motion to reopen in INA 240(c)(7) [U: date as commonly cited]. Past the 90 days the finding names what is left (equitable tolling, reopening on the judge's or the Board's own motion); whether either is granted is theirs to decide.")]
[Remarks("Counts as withdrawn: the request no longer active, or a priorInterpolRefusal context item concerning the person dated after the final order.")]
internal sealed class ReopenAfterNoticeWithdrawnRule : PolicyRule
{
    public override void Define()
    {
        Evaluation eval = default!;
        Request req = default!;
        UsSituation us = default!;
        IEnumerable<ContextIndicator> refusals = default!;

        When()
            .Match(() => eval)
            .Match(() => req)
            .Match(() => us, u => Immigration.Of(u).FinalOrderOn != null && Immigration.Bar(u).Finding == BarFinding.Applies)
            .Query(() => refusals, q => q.Match<ContextIndicator>(i => i.Kind == ContextKind.PriorInterpolRefusal && i.ConcernsThisPerson).Collect())
            .Having(() => !req.Active || refusals.Any(i => i.Date != null && i.Date > Immigration.Of(us).FinalOrderOn));

        Then()
            .Yield(ctx => ctx.Review(
                $"The removal order of {Immigration.Day(Immigration.Of(us).FinalOrderOn!.Value)} rested on the serious-nonpolitical-crime bar, and INTERPOL has since {(req.Active ? "refused or deleted data on the person" : "cancelled the " + Immigration.Notice(req))}: new, material evidence that was not available at the hearing. {Immigration.ReopenWindow(Immigration.Of(us).FinalOrderOn!.Value, eval.AsOf)} The immigration judge or the Board decides.",
                eval, req, us));
    }
}
