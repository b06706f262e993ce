namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0702")]
[Description("Procedural state AWAITING_REQUEST: the person is located but there is no effective request to act on; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
internal sealed class AwaitingRequestStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.AwaitingRequest)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: AWAITING_REQUEST. Next lawful step: no arrest; await a diplomatic or treaty-conforming request from {treaty.Name}, or complete the offence analysis{treaty.DataCaveat}.",
                current, treaty));
    }
}
