namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0313")]
[Description("U.S. citizenship is no bar: the United States extradites its citizens, and 18 U.S.C. 3196 lets the Secretary surrender them even where a treaty does not oblige it.")]
[Citation(Sources.UsCode18, "§ 3196", Authority.Confirmed, Url = Sources.S3196)]
[EffectiveFrom("1990-11-21")]
[Remarks("Legal review 2026-12-03, row USX-0313: 18 U.S.C. 3196 covers \"a United States citizen\"; the rule no longer speaks for non-citizen nationals, whose surrender where a treaty does not oblige it 3196 does not address.")]
[Remarks("Law in time: 18 U.S.C. 3196 was added by Pub. L. 101-623 § 11 and applies from 1990-11-21 (date verified in the legal review of 2026-12-03); before it a treaty that did not oblige surrender of nationals gave no power to surrender a citizen (Valentine v. United States ex rel. Neidecker, 299 U.S. 5 (1936)), and the rule is silent.")]
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
