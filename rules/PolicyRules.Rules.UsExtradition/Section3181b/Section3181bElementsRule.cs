using System.Collections.Immutable;

namespace PolicyRules.Rules.UsExtradition.Section3181b;

[Name("USX-0901")]
[Description("Derives the elements of 18 U.S.C. 3181(b): person eligible, violent crime against a U.S. national abroad, and the Attorney General's certification.")]
[Citation(Sources.UsCode18, "§ 3181(b)-(c)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[Citation(Sources.UsCode8, "§ 1101(a)(22)", Authority.Confirmed)]
[EffectiveFrom("1996-04-24")]
[Remarks("Element 2 reads `conduct.violence` (any value other than none) as a crime of violence in the 18 U.S.C. 16(a) sense; 16(b) is not used. A U.S. national is a victim nationality of \"US\" (non-citizen nationals are coded \"US\" too). Element 3 needs a place of offence that is known and is not the United States.")]
[Remarks("The effective date 1996-04-24 (AEDPA § 443) comes from general knowledge; the research notes do not give it [U date, C text].")]
[Priority(1)]
internal sealed class Section3181bElementsRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        IEnumerable<Charge> charges = default!;

        When()
            .Match(() => us)
            .Query(() => charges, q => q.Match<Charge>().Collect());

        Then()
            .Yield(ctx => new Section3181bElements
            {
                PersonEligible = us.PersonStatus == UsPersonStatus.OtherNoncitizen,
                PersonStatus = us.PersonStatus,
                QualifyingChargeIds = Qualifying(charges),
                Certification = us.AttorneyGeneralCertification,
            });
    }

    private static ImmutableArray<string> Qualifying(IEnumerable<Charge> charges) =>
        [.. charges
            .Where(c => c.Conduct.Violence != Violence.None
                && c.Conduct.VictimNationalities.Contains(UsFacts.RequestedState)
                && c.PlaceOfOffence is not null
                && c.PlaceOfOffence != UsFacts.RequestedState)
            .Select(c => c.Id)
            .Order(StringComparer.Ordinal)];
}
