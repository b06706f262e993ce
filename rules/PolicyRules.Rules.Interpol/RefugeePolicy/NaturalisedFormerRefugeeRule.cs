namespace PolicyRules.Rules.Interpol.RefugeePolicy;

[Name("INT-0603")]
[Description("A former refugee now naturalised in the granting state, wanted by the country of feared persecution, is reviewed because practice conflicts.")]
[Citation(Sources.RnaNaturalised, "naturalised former refugees", Authority.Secondary, Url = Sources.RnaNaturalisedUrl)]
[Citation(Sources.RrnNaturalised, "conflicting view", Authority.Secondary, Url = Sources.RrnNaturalisedUrl)]
[EffectiveFrom("2015-02-01")]
[Remarks("Law in time: the refugee policy, endorsed by the Executive Committee in June 2014 [C] and sent to the NCBs in February 2015 [S]; the rule applies from 2015-02-01. Before then a refugee grant is weighed under Articles 2 and 3 (INT-0454, INT-0901), not applied as policy.")]
[Remarks("Decides open question Q12: only secondary sources speak to naturalised refugees, and they conflict, so the case goes to review.")]
internal sealed class NaturalisedFormerRefugeeRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        Person person = default!;

        When()
            .Match(() => request, r => r.RequestingCountry != null)
            .Match(() => person, p => p.Refugee != null, p => p.Refugee!.Status == RefugeeStatusKind.FormerNaturalised, p => p.Refugee!.PersecutingCountry == request.RequestingCountry);

        Then()
            .Yield(ctx => ctx.Review(
                $"The person, a former refugee protected against {person.Refugee!.PersecutingCountry}, is now a citizen of the granting state; practice on whether the refugee policy still applies is conflicting.",
                person.Refugee));
    }
}
