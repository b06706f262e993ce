namespace PolicyRules.Rules.Interpol.NextSteps;

[Name("INT-1001")]
[Description("The person may apply directly to the CCF for access to the data INTERPOL processes on them and for their correction or deletion, in writing, with reasons, free of charge; or ask the source's authorities.")]
[Citation(Sources.CcfStatute, "Art. 29", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[Citation(Sources.CcfStatute, "Art. 30(2)-(3)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[Citation(Sources.CcfStatute, "Art. 28(2)(a)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[EffectiveFrom(Sources.CcfStatuteInForce)]
[Remarks("Law in time: the Statute of the CCF (AG-2016-RES-06) entered into force on 11 March 2017 (Art. 50) and replaced the 2004 Rules on the Control of Information and Access to INTERPOL's Files (Art. 48), which this rule set does not encode; before that date the rule gives no step.")]
[Remarks("A case that states an application to the CCF (request.history) gets the steps of that application instead (INT-1003 to INT-1006); one whose data the General Secretariat has deleted leaves nothing to delete.")]
[Remarks("The step follows from the facts: it is given when this screening found a ground (a deny or review finding, INT-0835), and it names the rules that found it as the reasons to give. The right of access exists whatever the screening finds, but a compliant request gives the person nothing to ask the CCF to delete, so no step is listed. Whether the data are deleted is the CCF's decision (Art. 28(1)(b)); the engine names the route.")]
internal sealed class ApplyToCcfRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        IEnumerable<GroundToChallenge> grounds = default!;

        When()
            .Match(() => request, r => r.Active)
            .Query(() => grounds, q => q.Match<GroundToChallenge>().Collect())
            .Having(() => grounds.Any())
            .Not<InterpolHistoryEntry>(e => History.Application(e) || e.Kind == InterpolHistoryKind.GsDeletion);

        Then()
            .Yield(ctx => ctx.NextStep(
                Audience.Person,
                $"The person may apply directly to the Commission for the Control of INTERPOL's Files (CCF) for access to the data INTERPOL processes on them and for their deletion (CCF Statute Art. 29(1)): in writing, in one of INTERPOL's working languages, giving the reasons (Art. 30(2)), here the grounds this screening found under {Steps.Grounds(grounds)}; there is no charge (Art. 30(3)). They may also ask {Steps.Source(request)}, the source of the data, to act on them (Art. 28(2)(a)).",
                request));
    }
}
