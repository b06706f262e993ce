namespace PolicyRules.Rules.UsExtradition.ProceduralState;

[Name("USX-0716")]
[Description("Procedural state SECRETARY_REVIEW: the person is certified extraditable and committed; states the next lawful step.")]
[Citation(Sources.Usam, "§ 3", Authority.Confirmed, Url = Sources.UsamOf3)]
[Citation(Sources.UsCode18, "§ 3186", Authority.Confirmed, Url = Sources.S3186)]
[Citation("Fernandez v. Phillips", "268 U.S. 311 (1925), as quoted in Eain v. Wilkes (habeas review of a certification: jurisdiction, treaty coverage, any evidence of probable cause)", Authority.Confirmed)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class SecretaryReviewStateRule : PolicyRule
{
    public override void Define()
    {
        CurrentState current = default!;
        TreatyStatus treaty = default!;
        UsSituation us = default!;

        When()
            .Match(() => current, c => c.State == ProcedureState.SecretaryReview)
            .Match(() => treaty)
            .Match(() => us);

        Then()
            .Yield(ctx => ctx.Note(
                UsFacts.Proc(us).HabeasPending
                    ? $"State: SECRETARY_REVIEW, with a habeas petition pending against the certification (review limited to the judge's jurisdiction, treaty coverage and whether any evidence supports probable cause: Fernandez v. Phillips, 268 U.S. 311 (1925)). Next lawful step: the habeas court decides; if the certification stands, the Secretary of State decides on surrender (18 U.S.C. 3186, torture review, assurances){treaty.DataCaveat}."
                    : $"State: SECRETARY_REVIEW. Next lawful step: the Secretary of State decides on surrender (18 U.S.C. 3186, torture review, assurances){treaty.DataCaveat}.",
                current, treaty));
    }
}
