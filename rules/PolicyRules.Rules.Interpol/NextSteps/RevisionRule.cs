namespace PolicyRules.Rules.Interpol.NextSteps;

[Name("INT-1006")]
[Description("After the CCF kept the data, the person may apply for revision only on a newly discovered fact that could have changed the decision, within six months of discovering it.")]
[Citation(Sources.CcfStatute, "Art. 42", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[EffectiveFrom(Sources.CcfStatuteInForce)]
[Remarks("Law in time: the Statute of the CCF, in force 11 March 2017 (Art. 50).")]
[Remarks("Art. 42(1): revision only on the discovery of a fact that could have led the Requests Chamber to a different conclusion had it been known while the request was processed; (2) within six months after the discovery; (3) decided within the Art. 40 limits. The step is the person's only when the CCF kept the data (a deletion leaves them nothing to revise); whether a fact qualifies is the CCF's decision.")]
internal sealed class RevisionRule : PolicyRule
{
    public override void Define()
    {
        InterpolHistoryEntry decision = default!;

        When()
            .Match(() => decision, e => History.CcfKept(e));

        Then()
            .Yield(ctx => ctx.NextStep(
                Audience.Person,
                "Should the person discover a fact that could have led the CCF to another conclusion had it been known, they may apply for revision of the decision within six months of discovering it (CCF Statute Art. 42(1)-(2)); the CCF decides it within the time limits of Art. 40 (Art. 42(3)).",
                decision));
    }
}
