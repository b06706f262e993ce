namespace PolicyRules.Rules.UsExtradition.RedNoticeHandling;

[Name("USX-0101")]
[Description("A person found in the United States may not be arrested on a foreign Red Notice or diffusion alone; an arrest needs a 3184 complaint and warrant after a conforming request.")]
[Citation(Sources.Usam, "§ 3 (INTERPOL-USNCB: no arrest on a foreign Red Notice alone)", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[Citation("Villalobos Sura v. Garland", "8 F.4th 1161 (9th Cir. 2021) n.3 (recites Radiowala, Hernandez Lara and the Justice Department: a Red Notice without more gives no probable cause to arrest)", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("Procedure entered at any stage: the rule is silent once the record establishes a 3184 complaint, stated or implied by a later step (an arrest on the warrant, a hearing, a certification, a habeas petition, the Secretary's decision, a surrender), so a case entered where a court opinion starts is never refused for early steps the opinion does not state. Unknown is not absent: when a request through a proper channel is stated but OIA's finding on it is not, the rule asks for the finding instead of refusing; it refuses when no request is stated or each stated one was found out of order or came through the wrong channel.")]
[Remarks("Open question Q8: the rule rests on the Justice Department's position and on 18 U.S.C. 3184, not on a statutory arrest bar; the notes could not confirm that the TRAP Act's arrest clause was enacted.")]
[Remarks("Open question Q14: the rule does not require the person to be located, so it also speaks when the person is not (yet) found in the United States.")]
internal sealed class NoArrestOnRedNoticeAloneRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;
        TreatyStatus treaty = default!;
        EffectiveRequests er = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => !ProceduralRecord.Complaint(u))
            .Match(() => treaty)
            .Match(() => er, e => !e.Any);

        Then()
            .Yield(ctx => er.Unreviewed != null
                ? ctx.Ask(
                    RecordQuestions.Conforming(er.Unreviewed!),
                    $"No arrest may be made on the {UsFacts.Notice(req)} from {treaty.Name} alone; request {er.Unreviewed!.Id} was received, but the case does not say whether OIA found it in good order, and only a request found in order leads to a complaint and warrant under 18 U.S.C. 3184, so this must be asked, not assumed.",
                    req, er)
                : ctx.Deny(
                    $"No arrest may be made on the {UsFacts.Notice(req)} from {treaty.Name} alone: an arrest needs a complaint and warrant under 18 U.S.C. 3184 following a conforming request, and the case states none.",
                    req, er));
    }
}
