namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0409")]
[Description("The foreign documents carry only an apostille, which does not meet 18 U.S.C. 3190; admissibility is for the court.")]
[Citation(Sources.UsCode18, "§ 3190", Authority.Confirmed, Url = Sources.S3190)]
[Citation("Hague Apostille Convention", "U.S. declaration on 18 U.S.C. 3190", Authority.Confirmed, Url = Sources.Apostille)]
[EffectiveFrom("1948-09-01")]
internal sealed class ApostilleOnlyRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => UsFacts.Proc(u).ComplaintFiledOn != null && UsFacts.Proc(u).DocumentsAuthentication == DocumentsAuthentication.ApostilleOnly && UsFacts.Proc(u).Certification == CertificationStatus.Pending);

        Then()
            .Yield(ctx => ctx.Review(
                "The documents carry only an apostille; 18 U.S.C. 3190 needs the certificate of the principal U.S. diplomatic or consular officer in the requesting state, so their admissibility is for the court.",
                us));
    }
}
