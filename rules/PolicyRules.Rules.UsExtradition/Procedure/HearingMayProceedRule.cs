namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0412")]
[Description("The person is held on a 3184 warrant and the formal request has arrived: the public extradition hearing may proceed.")]
[Citation(Sources.UsCode18, "§§ 3184, 3189", Authority.Confirmed, Url = Sources.S3184)]
[Citation(Sources.Crm, "615", Authority.Confirmed, Url = Sources.Crm615)]
[Citation(Sources.Crm, "617", Authority.Confirmed, Url = Sources.Crm617)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class HearingMayProceedRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        ExtraditionBasis basis = default!;
        EffectiveRequests er = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).ArrestedOn != null && !ProceduralRecord.Hearing(u))
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => er, e => e.Formal != null);

        Then()
            .Yield(ctx => ctx.Allow(
                $"The person is held on a warrant under 18 U.S.C. 3184 and the formal request {er.Formal!.Id} has been received; the extradition hearing (public, under 18 U.S.C. 3189) may proceed.",
                us, er));
    }
}
