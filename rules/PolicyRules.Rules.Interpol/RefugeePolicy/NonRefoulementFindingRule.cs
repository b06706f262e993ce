namespace PolicyRules.Rules.Interpol.RefugeePolicy;

[Name("INT-0604")]
[Description("A competent national finding that extradition or delivery to the requesting country would breach non-refoulement bars processing.")]
[Citation(Sources.Constitution, "Art. 2(1)", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[Citation(Sources.Rop, "§2.1.5 para 33(a)", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: Article 2(1) of the INTERPOL Constitution, in force since 13 June 1956 [C] (INTERPOL traces the neutrality clause to 1948 and the choice to confine itself to ordinary-law crime to 1946); the rule applies from then. The RPD articles and the Repository of Practice it also cites interpret that article in the practice of 2012 and later; for earlier dates the reviewer reads them as that practice, not as the law then in force.")]
[Remarks("Grounded in Article 2(1) and the Repository, not in the refugee policy, so it applies from the RPD's entry into force.")]
internal sealed class NonRefoulementFindingRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        Person person = default!;

        When()
            .Match(() => request, r => r.RequestingCountry != null)
            .Match(() => person, p => p.Refugee != null, p => p.Refugee!.NonRefoulementFinding == true, p => p.Refugee!.PersecutingCountry == request.RequestingCountry);

        Then()
            .Yield(ctx => ctx.Deny(
                $"A competent national body found that extradition or delivery to {request.RequestingCountry} would breach non-refoulement; the case is tainted for all INTERPOL channels.",
                person.Refugee!));
    }
}
