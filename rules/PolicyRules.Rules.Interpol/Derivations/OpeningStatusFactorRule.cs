namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0823")]
[Description("Derives factor 34(3)(b) opening the test: the person is an opposition politician, journalist, human-rights defender or political activist, or a sitting official of another state (spec 2.1).")]
[Citation(Sources.Rpd, "Art. 34(3)(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§3.1", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§2.1.5 para 32(b)", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Remarks("A sitting official wanted by another state opens the test because of possible immunity (Repository §3.1); wanted by their own state, the status counts but does not open it.")]
[Priority(1)]
internal sealed class OpeningStatusFactorRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        Person person = default!;

        When()
            .Match(() => request)
            .Match(() => person, p => p.Statuses.Any(s => Factors.OpeningStatuses.Contains(s))
                || (p.Statuses.Contains(PersonStatus.SittingOfficial) && request.RequestingCountry != null && !p.Nationalities.Contains(request.RequestingCountry)));

        Then()
            .Yield(_ => new PredominanceFactor('b', FactorDirection.TowardsPolitical, true,
                $"the person is {Factors.Statuses(person.Statuses.Where(s => Factors.OpeningStatuses.Contains(s) || s == PersonStatus.SittingOfficial))}",
                person));
    }
}
