namespace PolicyRules.Rules.UsExtradition.TransnationalRepression;

[Name("USX-0608")]
[Description("Persons acting for the requesting state are reported surveilling, intimidating or coercing the person or their relatives in the United States: a referral naming the federal offence of acting as an unregistered agent of a foreign government, and conspiracy.")]
[Citation(Sources.UsCode18, "§ 951 (acting in the United States as an agent of a foreign government without prior notification to the Attorney General)", Authority.Confirmed, Url = Sources.S951)]
[Citation(Sources.UsCode18, "§ 371 (conspiracy to commit an offence against the United States)", Authority.Confirmed, Url = Sources.S371)]
[Citation("E.D.N.Y. Operation Fox Hunt complaint (28 Oct 2020)", "eight defendants charged with conspiring to act as illegal agents of a foreign government (18 U.S.C. 951)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: 18 U.S.C. 951 and 371 as codified by the Act of June 25, 1948 (62 Stat. 683), in force 1948-09-01. Section 951 carries forward the agent-registration offence of the Espionage Act of 1917 and 371 the conspiracy statute of the 1909 Criminal Code; their earlier wording was not re-read [U], so the rule names the codified sections and applies from 1948. A case file cannot be dated before 1900, and no case between 1900 and 1948 is in the corpus.")]
[Remarks("A referral, never a finding against anyone: the rule names the offences the reported conduct may amount to, for the FBI and federal prosecutors to investigate; it does not say who did what, and it has no bearing on whether the person is extraditable (effect Note). It speaks only when the case places the conduct in the United States (`context[].place` \"US\"); conduct reported elsewhere (relatives detained in the requesting state) is outside these statutes and stays with USX-0603/0604.")]
internal sealed class ForeignAgentReferralRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        ContextIndicator ind = default!;

        When()
            .Match(() => us)
            .Match(() => ind, i => AgentConduct.InUnitedStates(i));

        Then()
            .Yield(ctx => ctx.Note(
                $"Referral, not a finding against anyone: persons acting for the requesting state are reported to have {AgentConduct.Words(ind)}. Such conduct may amount to acting in the United States as an agent of a foreign government without notifying the Attorney General (18 U.S.C. 951) and, where two or more agree to it, conspiracy (18 U.S.C. 371); whether it does is for the FBI and federal prosecutors.",
                ind));
    }
}
