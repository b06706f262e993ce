namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0313")]
[Description("U.S. citizenship is no bar: the United States extradites its citizens, and 18 U.S.C. 3196 lets the Secretary surrender them even where a treaty does not oblige it.")]
[Citation(Sources.UsCode18, "§ 3196", Authority.Confirmed, Url = Sources.S3196)]
[EffectiveFrom("1990-11-21")]
[Remarks("Legal review 2026-12-03, row USX-0313: 18 U.S.C. 3196 covers \"a United States citizen\"; the rule no longer speaks for non-citizen nationals, whose surrender where a treaty does not oblige it 3196 does not address.")]
[Remarks("Section 3196 was added in 1990; the day (21 November 1990) is from general knowledge [U].")]
internal sealed class NationalityNoBarRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        UsSituation us = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.Treaty)
            .Match(() => us, u => u.PersonStatus == UsPersonStatus.Citizen);

        Then()
            .Yield(ctx => ctx.Note(
                "U.S. citizenship is no bar: the United States extradites its citizens, and where a treaty does not oblige it the Secretary of State may still surrender them (18 U.S.C. 3196).",
                us));
    }
}
