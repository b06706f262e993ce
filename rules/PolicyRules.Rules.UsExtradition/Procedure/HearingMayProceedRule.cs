namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0412")]
[Description("The person is held on a 3184 warrant and the formal request has arrived: the public extradition hearing may proceed.")]
[Citation(Sources.UsCode18, "§§ 3184, 3189", Authority.Confirmed, Url = Sources.S3184)]
[Citation(Sources.Crm, "615", Authority.Confirmed, Url = Sources.Crm615)]
[Citation(Sources.Crm, "617", Authority.Confirmed, Url = Sources.Crm617)]
[EffectiveFrom("1948-09-01")]
internal sealed class HearingMayProceedRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        ExtraditionBasis basis = default!;
        EffectiveRequests er = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).ArrestedOn != null && UsFacts.Proc(u).HearingHeldOn == null && UsFacts.Proc(u).Certification == CertificationStatus.Pending)
            .Match(() => basis, b => b.Kind != BasisKind.None)
            .Match(() => er, e => e.Formal != null);

        Then()
            .Yield(ctx => ctx.Allow(
                $"The person is held on a warrant under 18 U.S.C. 3184 and the formal request {er.Formal!.Id} has been received; the extradition hearing (public, under 18 U.S.C. 3189) may proceed.",
                us, er));
    }
}
