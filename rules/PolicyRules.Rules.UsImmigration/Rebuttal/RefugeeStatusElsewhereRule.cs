namespace PolicyRules.Rules.UsImmigration.Rebuttal;

[Name("IMM-0113")]
[Description("Another state has recognised the person as a refugee: evidence the applicant may offer to rebut the bar.")]
[Citation(Sources.Werb, "27 I&N Dec. 795 (BIA 2020): the applicant may rebut the bar by a preponderance of the evidence", Authority.Confirmed, Url = Sources.WerbText)]
[EffectiveFrom("2020-03-06")]
[Remarks("A grant of refugee status elsewhere does not bind the immigration judge; it is evidence that another state's authorities examined the prosecution and found a well-founded fear. Only a confirmed status granted by a state other than the United States counts (person.refugee.status confirmed, grantingCountry stated and not US).")]
internal sealed class RefugeeStatusElsewhereRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;
        Person person = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => Immigration.NoticeOffered(u) && Immigration.Bar(u).Finding == null)
            .Match(() => person, p => p.Refugee != null && p.Refugee.Status == RefugeeStatusKind.Confirmed
                && p.Refugee.GrantingCountry != null && p.Refugee.GrantingCountry != Immigration.UnitedStates);

        Then()
            .Yield(ctx => ctx.Review(
                $"{person.Refugee!.GrantingCountry} has recognised the person as a refugee: evidence the applicant may offer to rebut the bar (another state's authorities found a well-founded fear despite the prosecution). The immigration judge weighs it.",
                req, person.Refugee));
    }
}
