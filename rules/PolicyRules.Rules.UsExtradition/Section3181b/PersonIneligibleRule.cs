namespace PolicyRules.Rules.UsExtradition.Section3181b;

[Name("USX-0204")]
[Description("18 U.S.C. 3181(b) element 1 fails: the person is a U.S. citizen, a U.S. national or a lawful permanent resident.")]
[Citation(Sources.UsCode18, "§ 3181(b) (opening words)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[EffectiveFrom("1996-04-24")]
[Remarks("When the person's status is not given, the rule stays silent: element 1 is then simply not established.")]
internal sealed class PersonIneligibleRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        Section3181bElements s3181 = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.None)
            .Match(() => s3181, s => !s.PersonEligible && s.PersonStatus != null);

        Then()
            .Yield(ctx => ctx.Note(
                $"18 U.S.C. 3181(b) cannot apply: the person is a {s3181.StatusText}.",
                s3181));
    }
}
