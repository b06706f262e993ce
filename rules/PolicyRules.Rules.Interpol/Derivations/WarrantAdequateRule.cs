namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0810")]
[Description("Marks a warrant that is referenced, valid, issued by a competent authority, and judicial or open to judicial appeal (spec D9).")]
[Citation(Sources.Rpd, "Art. 83(2)(b)(v)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 84(a), (c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
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
