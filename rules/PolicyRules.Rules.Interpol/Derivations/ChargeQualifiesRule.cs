namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0809")]
[Description("Marks a charge that alone meets the Red Notice conditions of RPD Art. 83(1)(a)(i)-(ii) (spec D8).")]
[Citation(Sources.Rpd, "Art. 83(1)(a)(i)-(ii)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 83(1)(c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Priority(1)]
internal sealed class ChargeQualifiesRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        WeighableCharge weighable = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Match(() => weighable)
            .Exists<PenaltyStatus>(p => p.Charge == weighable.Charge && p.Meets)
            .Not<ExclusionApplies>(e => e.Charge == weighable.Charge)
            .Not<GsListUnassessed>(g => g.Charge == weighable.Charge);

        Then()
            .Yield(_ => new ChargeQualifies(weighable.Charge));
    }
}
