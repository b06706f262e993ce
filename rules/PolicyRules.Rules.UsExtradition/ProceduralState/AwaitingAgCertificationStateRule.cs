namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0704")]
[Description("Procedural state AWAITING_AG_CERTIFICATION: 18 U.S.C. 3181(b) elements 1-3 are met but the certification is missing; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3181(b)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class AwaitingAgCertificationStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.AwaitingAgCertification)
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Note(
                $"State: AWAITING_AG_CERTIFICATION. Next lawful step: the Attorney General decides whether to certify under 18 U.S.C. 3181(b); no arrest before then{treaty.DataCaveat}.",
                current, treaty));
    }
}
