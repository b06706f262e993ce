namespace PolicyRules.Rules.UsExtradition.Immigration;

[Name("USX-0503")]
[Description("Removal to the requesting state while extradition is impossible or has failed may be a disguised extradition: review before removal.")]
[Citation("INS v. Doherty", "502 U.S. 314 (1992)", Authority.Confirmed)]
[Citation("McMullen v. INS (9th Cir. 1986)", "asylum bars after extradition was denied", Authority.Confirmed)]
[Citation(Sources.JusticeManual, "9-15.610 (deportation as an alternative to extradition)", Authority.Confirmed)]
[Citation("Disguised-extradition commentary", "removal used in place of extradition", Authority.Secondary)]
[EffectiveFrom("1948-09-01")]
[Remarks("Law in time: applies from 1948-09-01, when chapter 209 of title 18 as codified by the Act of June 25, 1948 (62 Stat. 822) took effect. The treaty procedure it carries forward (complaint and warrant, hearing and certification, the Secretary of State's surrender, release after two months) goes back to the Act of August 12, 1848 (9 Stat. 302) through R.S. 5270-5275; that earlier law is not encoded, so a case before 1948-09-01 ends in nothing affirmed, for review.")]
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
