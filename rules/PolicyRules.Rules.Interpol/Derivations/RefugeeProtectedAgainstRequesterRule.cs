namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0816")]
[Description("Marks a refugee status confirmed by a member country against the requesting country (spec D16).")]
[Citation(Sources.RefugeeResolution, "GA-2017-86-RES-09", Authority.Confirmed, Url = Sources.RefugeeResolutionUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class RefugeeProtectedAgainstRequesterRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        Person person = default!;

        When()
            .Match(() => request, r => r.RequestingCountry != null)
            .Match(() => person,
                p => p.Refugee != null,
                p => p.Refugee!.Status == RefugeeStatusKind.Confirmed,
                p => p.Refugee!.ConfirmedBy == RefugeeConfirmer.MemberCountry,
                p => p.Refugee!.PersecutingCountry == request.RequestingCountry);

        Then()
            .Yield(_ => new RefugeeProtectedAgainstRequester(person.Refugee!));
    }
}
