namespace PolicyRules.Rules.UsImmigration.Detention;

[Name("IMM-0204")]
[Description("A detained person who entered without inspection: under Matter of Yajure Hurtado (BIA 2025) the immigration judge has no bond jurisdiction; release rests with DHS parole or a habeas petition.")]
[Citation("Matter of Yajure Hurtado", "29 I&N Dec. 216 (BIA 2025): a person present without admission or parole is an applicant for admission detained under INA 235(b)(2)(A); immigration judges lack authority to redetermine custody", Authority.Secondary, Url = Sources.YajureHurtadoReport)]
[EffectiveFrom("2025-09-05")]
[Remarks("Known here only from reports of the decision (the Board's text was not read), so the rule only sends to review. Many district courts have since granted habeas petitions against this reading; the finding says so rather than treating the question as settled.")]
internal sealed class NoBondJurisdictionRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => Immigration.Of(u).IceDetention && Immigration.Of(u).Entry == MannerOfEntry.WithoutInspection);

        Then()
            .Yield(ctx => ctx.Review(
                $"The person entered without inspection: under Matter of Yajure Hurtado the Board holds such a person detained as an applicant for admission, with no bond hearing before an immigration judge, so the {Immigration.Notice(req)} will not be weighed in one. Release rests with DHS parole or a habeas petition in district court, where many courts have rejected that reading.",
                req, us));
    }
}
