namespace PolicyRules.Rules.UsExtradition.ProvisionalArrest;

[Name("USX-0407")]
[Description("The provisional-arrest period for the treaty is unknown or unconfirmed: OIA must read the treaty rather than assume a default.")]
[Citation(Sources.Fam7, "1621.1 (provisional arrest periods)", Authority.Confirmed, Url = Sources.Fam1620)]
[Citation(Sources.ResearchNotes, "us-extradition §10.3 (periods are not uniform across treaties)", Authority.Secondary)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
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
