namespace PolicyRules.Rules.Interpol.ProceduralHistory;

[Name("INT-1104")]
[Description("The CCF has decided that the data of this request comply and kept them (with any update it ordered): its decision is final and binding, and only a revision on a newly discovered fact can reopen it.")]
[Citation(Sources.CcfStatute, "Art. 38(1)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[Citation(Sources.CcfStatute, "Art. 42(1)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[EffectiveFrom(Sources.CcfStatuteInForce)]
[Remarks("Law in time: the Statute of the CCF, in force 11 March 2017 (Art. 50).")]
[Remarks("A note, not an allow: the CCF's decision binds the Organization and the applicant (Art. 38(1)), but the engine's other findings stay as they are; a ground the screening finds against the CCF's decision is for an application for revision on a fact discovered since (Art. 42(1); the person's next step, INT-1006), which the CCF decides, not the engine.")]
internal sealed class CcfDecidedKeepRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        InterpolHistoryEntry decision = default!;

        When()
            .Match(() => request)
            .Match(() => decision, e => History.CcfKept(e));

        Then()
            .Yield(ctx => ctx.Note(
                $"The CCF decided {History.On(decision.DecidedOn)} that the data of this {Words.Kind(request.Kind)} comply with INTERPOL's rules and kept them{(decision.Decision == CcfDecision.KeptWithUpdate ? " with the update it ordered" : string.Empty)}{History.Detail(decision)}: the decision is final and binding on the Organization and the applicant (CCF Statute Art. 38(1)); only an application for revision on a fact discovered since can reopen it (Art. 42(1)).",
                request, decision));
    }
}
