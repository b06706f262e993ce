namespace PolicyRules.Rules.Interpol.NextSteps;

[Name("INT-1021")]
[Description("The state where the person is located, as a Member of INTERPOL, must respect the person's right to apply to the CCF, answer the CCF's requests diligently and let no national authority interfere in its work.")]
[Citation(Sources.CcfStatute, "Art. 29(2)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[Citation(Sources.CcfStatute, "Art. 5", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[EffectiveFrom(Sources.CcfStatuteInForce)]
[Remarks("Law in time: the Statute of the CCF, in force 11 March 2017 (Art. 50).")]
[Remarks("The audience is the U.S. authorities because the case's U.S. part states that the person has been located in the United States; the rule reads that fact, never a country code. The Statute binds every Member alike: Art. 29(2) (the Organization and its Members undertake to respect the right of access, correction and deletion) and Art. 5 (respect the Commission's competence and independence; respond diligently to its requests in accordance with national law; as far as national law permits, ensure that no national authority interferes in its work).")]
internal sealed class MemberStateRespectsCcfRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        UsSituation us = default!;

        When()
            .Match(() => request, r => r.Active)
            .Match(() => us, u => u.Located);

        Then()
            .Yield(ctx => ctx.NextStep(
                Audience.UsAuthorities,
                "The person is in the United States, a Member of INTERPOL: the U.S. authorities must respect the person's right to apply to the CCF (CCF Statute Art. 29(2)), answer the CCF's requests diligently in accordance with U.S. law, and, as far as that law permits, let no national authority interfere in its work or take decisions in its place (Art. 5).",
                request, us));
    }
}
