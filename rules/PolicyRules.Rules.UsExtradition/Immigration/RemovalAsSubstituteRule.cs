namespace PolicyRules.Rules.UsExtradition.Immigration;

[Name("USX-0503")]
[Description("Removal to the requesting state while extradition is impossible or has failed may be a disguised extradition: review before removal.")]
[Citation("INS v. Doherty", "502 U.S. 314 (1992)", Authority.Confirmed)]
[Citation("McMullen v. INS (9th Cir. 1986)", "asylum bars after extradition was denied", Authority.Confirmed)]
[Citation(Sources.JusticeManual, "9-15.610 (deportation as an alternative to extradition)", Authority.Confirmed)]
[Citation("Disguised-extradition commentary", "removal used in place of extradition", Authority.Secondary)]
[EffectiveFrom("1948-09-01")]
[Remarks("The rule compares the removal destination with the requesting country as facts of the case; no country is named in the rule.")]
internal sealed class RemovalAsSubstituteRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;
        ExtraditionBasis basis = default!;
        CurrentState current = default!;
        TreatyStatus treaty = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => (UsFacts.Immigration(u).RemovalProceedings == RemovalProceedings.Pending || UsFacts.Immigration(u).RemovalProceedings == RemovalProceedings.Ordered) && UsFacts.Immigration(u).RemovalDestination == req.RequestingCountry)
            .Match(() => basis)
            .Match(() => current, c => basis.Kind == BasisKind.None || UsFacts.ExtraditionFailed(c.State))
            .Match(() => treaty);

        Then()
            .Yield(ctx => ctx.Review(
                $"Removal to {treaty.Name} while extradition {(basis.Kind == BasisKind.None ? "is impossible" : "has failed (" + StateNames.Of(current.State) + ")")} may be a substitute for extradition; review before removal.",
                us, current));
    }
}
