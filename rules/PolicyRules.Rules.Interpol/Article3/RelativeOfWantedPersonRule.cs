namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0440")]
[Description("A request against a relative or close associate of another wanted person is reviewed for the person's own role and for political motivation.")]
[Citation(Sources.Rop, "§3.1 para 3 and case 7", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.13 case 2", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Decides open question Q10: requests against relatives are always reviewed; pressure on a target's relatives is a separate general-context factor (INT-0457).")]
internal sealed class RelativeOfWantedPersonRule : PolicyRule
{
    public override void Define()
    {
        Person person = default!;

        When()
            .Match(() => person, p => p.Statuses.Contains(PersonStatus.RelativeOfWantedPerson));

        Then()
            .Yield(ctx => ctx.Review(
                "The person is a relative or close associate of another wanted person; the request must show the person's own role, and politically motivated requests against relatives have been denied (Repository of Practice §3.1, §3.13).",
                person));
    }
}
