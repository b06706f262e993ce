namespace PolicyRules.Rules.UsExtradition.TransnationalRepression;

[Name("USX-0609")]
[Description("Persons acting for the requesting state are reported surveilling, intimidating or coercing the person or their relatives in the United States: a referral naming the federal stalking offence.")]
[Citation(Sources.UsCode18, "§ 2261A (stalking: a course of conduct, including surveillance, with intent to harass or intimidate, placing a person in reasonable fear for themselves or an immediate family member)", Authority.Confirmed, Url = Sources.S2261A)]
[Citation(Sources.UsCode18, "§ 371 (conspiracy)", Authority.Confirmed, Url = Sources.S371)]
[Citation("E.D.N.Y. Operation Fox Hunt complaint (28 Oct 2020)", "six defendants also charged with conspiracy to commit interstate and international stalking (18 U.S.C. 2261A)", Authority.Confirmed)]
[EffectiveFrom("1996-09-23")]
[Remarks("Law in time: 18 U.S.C. 2261A was added by Pub. L. 104-201, div. A, title X, § 1069(a), approved 1996-09-23 (the section's credits), so the rule applies from that day; before it no federal stalking offence existed and the rule is silent. The section was widened later (surveillance, electronic means, substantial emotional distress); the dates of those amendments were not re-read [U], so for conduct before 2013 the referral names the section and leaves its wording on the day of the conduct to the prosecutors.")]
[Remarks("A referral, never a finding against anyone (effect Note): it names the offence the reported conduct may amount to and has no bearing on extraditability. It speaks only when the case places the conduct in the United States (`context[].place` \"US\").")]
internal sealed class StalkingReferralRule : PolicyRule
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
                $"Referral, not a finding against anyone: persons acting for the requesting state are reported to have {AgentConduct.Words(ind)}. A course of conduct meant to harass or intimidate, including surveillance, that puts a person in reasonable fear for themselves or an immediate family member may amount to stalking (18 U.S.C. 2261A), and an agreement to it to conspiracy (18 U.S.C. 371); whether it does is for the FBI and federal prosecutors.",
                ind));
    }
}
