namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0409")]
[Description("The foreign documents carry only an apostille, which does not meet 18 U.S.C. 3190; admissibility is for the court.")]
[Citation(Sources.UsCode18, "§ 3190", Authority.Confirmed, Url = Sources.S3190)]
[Citation("Hague Apostille Convention", "U.S. declaration on 18 U.S.C. 3190", Authority.Confirmed, Url = Sources.Apostille)]
[EffectiveFrom("1981-10-15")]
[Remarks("Law in time: the Hague Apostille Convention entered into force for the United States on 1981-10-15, with the declaration that an apostille does not meet 18 U.S.C. 3190; before that day the question of an apostille could not arise.")]
[Remarks("Legal review 2026-12-03, row USX-0409: 3190 does not \"need\" the consular certificate; it admits papers authenticated for the foreign tribunals and makes the certificate proof of that. The review stays right; the reason now says so.")]
internal sealed class ApostilleOnlyRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => ProceduralRecord.Complaint(u) && UsFacts.Proc(u).DocumentsAuthentication == DocumentsAuthentication.ApostilleOnly && !ProceduralRecord.CertificationDecided(u));

        Then()
            .Yield(ctx => ctx.Review(
                "The documents carry only an apostille; under 18 U.S.C. 3190 papers are admitted when authenticated as they would be for the requesting state's own tribunals, and the certificate of the principal U.S. diplomatic or consular officer there is proof of that (one route; some treaties, such as the EU-US Agreement Art. 5, dispense with it), so their admissibility is for the court.",
                us));
    }
}
