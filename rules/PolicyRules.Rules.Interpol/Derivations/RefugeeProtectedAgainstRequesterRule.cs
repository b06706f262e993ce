namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0816")]
[Description("Marks a refugee status confirmed by a member country against the requesting country (spec D16).")]
[Citation(Sources.RefugeeResolution, "GA-2017-86-RES-09", Authority.Confirmed, Url = Sources.RefugeeResolutionUrl)]
[EffectiveFrom("2012-07-01")]
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
