namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0418")]
[Description("A 3184 complaint has been filed: a warrant may issue and the person may be arrested on it.")]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[Citation(Sources.Crm, "615", Authority.Confirmed, Url = Sources.Crm615)]
[Citation(Sources.Crm, "617", Authority.Confirmed, Url = Sources.Crm617)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
internal sealed class ComplaintFiledRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        ExtraditionBasis basis = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).ComplaintFiledOn != null && UsFacts.Proc(u).ArrestedOn == null && !ProceduralRecord.Hearing(u) && UsFacts.Proc(u).DischargedOn == null)
            .Match(() => basis, b => b.Kind != BasisKind.None);

        Then()
            .Yield(ctx => ctx.Allow(
                $"A complaint under 18 U.S.C. 3184 was filed on {UsFacts.Iso(UsFacts.Proc(us).ComplaintFiledOn)}; a warrant may issue and the person may be arrested on it.",
                us));
    }
}
