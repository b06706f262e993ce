namespace PolicyRules.Rules.UsExtradition.Doctrines;

[Name("USX-0313")]
[Description("U.S. nationality is no bar: the United States extradites its nationals, and 18 U.S.C. 3196 lets the Secretary surrender a citizen even where a treaty does not oblige it.")]
[Citation(Sources.UsCode18, "§ 3196", Authority.Confirmed, Url = Sources.S3196)]
[EffectiveFrom("1990-11-21")]
[Remarks("Law in time: 18 U.S.C. 3196 was added by Pub. L. 101-623 § 11 and applies from 1990-11-21; before it a treaty that did not oblige surrender of nationals gave no power to surrender a citizen (Valentine v. United States ex rel. Neidecker, 299 U.S. 5 (1936)). Section 3196 covers \"a United States citizen\" only (legal review 2026-12-03), so a non-citizen national gets the Valentine sentence, not 3196.")]
internal sealed class NationalityNoBarRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        UsSituation us = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.Treaty)
            .Match(() => us, u => u.PersonStatus == UsPersonStatus.Citizen || u.PersonStatus == UsPersonStatus.NonCitizenNational);

        Then()
            .Yield(ctx => ctx.Note(
                us.PersonStatus == UsPersonStatus.Citizen
                    ? "U.S. citizenship is no bar: the United States extradites its citizens, and where a treaty does not oblige it the Secretary of State may still surrender them (18 U.S.C. 3196)."
                    : "U.S. nationality is no bar where the treaty obliges surrender; 18 U.S.C. 3196 names only citizens, so for a national who is not a citizen a treaty that does not oblige surrender gives no power to surrender (Valentine v. United States ex rel. Neidecker).",
                us));
    }
}
