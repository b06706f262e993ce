namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0810")]
[Description("Marks a warrant that is referenced, valid, issued by a competent authority, and judicial or open to judicial appeal (spec D9).")]
[Citation(Sources.Rpd, "Art. 83(2)(b)(v)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 84(a), (c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Priority(1)]
internal sealed class WarrantAdequateRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.ArrestWarrant != null && JudicialData.WarrantAdequate(r.ArrestWarrant));

        Then()
            .Yield(_ => new WarrantAdequate(request.ArrestWarrant!));
    }
}
