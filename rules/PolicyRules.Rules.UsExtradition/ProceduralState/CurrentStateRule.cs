namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0908")]
[Description("The case's procedural state is the highest-precedence stage its facts reach.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("Later court and executive events override screening facts; terminal facts come before custody facts; at screening a withdrawn notice ends the matter first, a missing basis comes before coverage, and coverage comes before requests, so a request cannot lead to a referral when nothing is extraditable. The order is the order of `ProcedureState`. This rule negates stage markers, which other rules yield, and yields the state, so it never re-triggers itself.")]
[Priority(1)]
internal sealed class CurrentStateRule : PolicyRule
{
    public override void Define()
    {
        StageReached stage = default!;

        When()
            .Match(() => stage)
            .Not<StageReached>(other => other.State > stage.State);

        Then()
            .Yield(ctx => new CurrentState(stage.State));
    }
}
