namespace PolicyRules.Rules.Interpol.NextSteps;

[Name("INT-1011")]
[Description("A bureau that receives a notice must forward to the General Secretariat any information that may give rise to doubts about its conformity with INTERPOL's rules; the General Secretariat then consults the source and may take interim measures.")]
[Citation(Sources.Rpd, "Art. 80(1)(c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 128(2)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 129", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom(Sources.InForce)]
[Remarks("Law in time: the Rules on the Processing of Data, in force 1 July 2012. The pinpoints are those of the 2025 consolidation [III/IRPD/GA/2011 (2025)], read in the text: Art. 80 (implementation of notices) paragraph (1)(c), Art. 128 (examination procedure) and Art. 129 (interim measures). The 2014 amendment (AG-2014-RES-18) renumbered some articles between 70 and 81; the duty is cited by its current number.")]
[Remarks("Once the data are deleted (request.history) there is no notice left to doubt; INT-1013 gives the bureau's step instead.")]
[Remarks("Art. 80 is among the provisions common to notices (Red, Blue, Yellow); a diffusion or a message, which goes from one bureau to others directly (Arts 97, 1(15)), and an SLTD record are not covered by it, so the rule gives them no step.")]
[Remarks("The step follows from the facts: it is given only when this screening found a ground (a deny or review finding, INT-0835), and it names those rules as the information to forward. Whether the notice complies, and which interim measure to take, is the General Secretariat's decision; the engine names the route.")]
internal sealed class ReportDoubtsToGeneralSecretariatRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        IEnumerable<GroundToChallenge> grounds = default!;

        When()
            .Match(() => request, r => r.Active && Steps.IsNotice(r.Kind))
            .Query(() => grounds, q => q.Match<GroundToChallenge>().Collect())
            .Having(() => grounds.Any())
            .Not<InterpolHistoryEntry>(e => History.Deleted(e));

        Then()
            .Yield(ctx => ctx.NextStep(
                Audience.ReceivingBureau,
                $"A National Central Bureau that receives this notice{Steps.WhereBelieved(request)} must forward to the General Secretariat any information that may give rise to doubts about its conformity with INTERPOL's rules (RPD Art. 80(1)(c)), here what {Steps.Grounds(grounds)} rest on; the General Secretariat then consults the source (Art. 128(2)) and takes the interim measures needed to prevent prejudice to the person or the Organization, telling the source why (Art. 129). Whether the notice complies is the General Secretariat's decision.",
                request));
    }
}
