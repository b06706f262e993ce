namespace PolicyRules.Rules.UsExtradition.ProvisionalArrest;

[Name("USX-0407")]
[Description("The provisional-arrest period for the treaty is unknown or unconfirmed: OIA must read the treaty rather than assume a default.")]
[Citation(Sources.Fam7, "1621.1 (provisional arrest periods)", Authority.Confirmed, Url = Sources.Fam1620)]
[Citation(Sources.ResearchNotes, "us-extradition §10.3 (periods are not uniform across treaties)", Authority.Secondary)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
[Remarks("Open question Q16: periods recalled from memory (e.g. for GB, MX, CA, DE, JP, CH, KR) are tagged [U] and are never used as decisive; the verdict quotes the recorded value.")]
internal sealed class ProvisionalPeriodUnknownRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        TreatyStatus treaty = default!;
        EffectiveRequests er = default!;
        ProvisionalArrestClock clock = default!;

        When()
            .Match(() => us, u => !ProceduralRecord.Hearing(u) && UsFacts.Proc(u).DischargedOn == null)
            .Match(() => treaty)
            .Match(() => er, e => e.FormalReceived == null)
            .Match(() => clock, c => c.Deadline == null || treaty.ProvisionalArrestConfidence != "C");

        Then()
            .Yield(ctx => ctx.Review(
                $"The provisional-arrest period for {treaty.Name} is {treaty.ProvisionalArrestDataText}; OIA must read the treaty rather than assume 60 days.",
                clock, treaty));
    }
}
