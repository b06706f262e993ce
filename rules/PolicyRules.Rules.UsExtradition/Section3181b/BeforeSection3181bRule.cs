using System.Collections.Immutable;

namespace PolicyRules.Rules.UsExtradition.Section3181b;

[Name("USX-0909")]
[Description("Before 18 U.S.C. 3181(b) took effect there is no route to surrender without a treaty: no element of it can be met.")]
[Citation(Sources.UsCode18, "§ 3181(a)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[Citation("Factor v. Laubenheimer", "290 U.S. 276, 287 (1933) (the power to surrender exists only under a treaty)", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[EffectiveUntil("1996-04-23")]
[Remarks("Law in time: from the Act of August 12, 1848, ch. 167 (9 Stat. 302; in force 1848-08-12), through the 1948 codification, until AEDPA § 443 added 3181(b) on 1996-04-24, surrender required a treaty. This rule stands in for USX-0901 in that period, so every rule that reads the 3181(b) elements (the basis, charge assessment, the no-treaty findings and states) still has the fact it needs and a case before 1996 reaches a procedural state instead of ending in nothing affirmed.")]
[Priority(1)]
internal sealed class BeforeSection3181bRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us);

        Then()
            .Yield(ctx => new Section3181bElements
            {
                RouteExists = false,
                PersonEligible = false,
                PersonStatus = us.PersonStatus,
                QualifyingChargeIds = ImmutableArray<string>.Empty,
            });
    }
}
