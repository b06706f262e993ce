namespace PolicyRules.Rules.UsExtradition.RedNoticeHandling;

[Name("USX-0101")]
[Description("A person found in the United States may not be arrested on a foreign Red Notice or diffusion alone; an arrest needs a 3184 complaint and warrant after a conforming request.")]
[Citation(Sources.Usam, "§ 3 (INTERPOL-USNCB: no arrest on a foreign Red Notice alone)", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[Citation("Villalobos Sura v. Garland", "8 F.4th 1161 (9th Cir. 2021) n.3 (recites Radiowala, Hernandez Lara and the Justice Department: a Red Notice without more gives no probable cause to arrest)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
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
            .Match(() => us, u => UsFacts.Proc(u).ComplaintFiledOn == null)
            .Match(() => treaty)
            .Match(() => er, e => !e.Any);

        Then()
            .Yield(ctx => ctx.Deny(
                $"No arrest may be made on the {UsFacts.Notice(req)} from {treaty.Name} alone: an arrest needs a complaint and warrant under 18 U.S.C. 3184 following a conforming request, and none has been received.",
                req, er));
    }
}
