namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0805")]
[Description("Records for each charge whether the penalty data are stated and meet the thresholds of RPD Art. 83(1)(a)(ii) (spec D5).")]
[Citation(Sources.Rpd, "Art. 83(1)(a)(ii)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 83(2)(b)(iv)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Remarks("Decides open question Q4: the maximum is the statutory maximum of the offence as charged, aggravated form included; each charge is tested alone; for a sentence, six months imposed or six months remaining each suffice (\"and/or\"). Life imprisonment and the death penalty count as more serious penalties than two years; a fine only never meets the threshold.")]
[Priority(1)]
internal sealed class PenaltyStatusRule : PolicyRule
{
    public override void Define()
    {
        Charge charge = default!;

        When()
            .Match(() => charge);

        Then()
            .Yield(_ => new PenaltyStatus(charge, Taxonomy.PenaltyKnown(charge), Taxonomy.MeetsPenalty(charge)));
    }
}
