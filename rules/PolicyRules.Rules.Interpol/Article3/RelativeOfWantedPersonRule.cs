namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0440")]
[Description("A request against a relative or close associate of another wanted person is reviewed for the person's own role and for political motivation.")]
[Citation(Sources.Rop, "§3.1 para 3 and case 7", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.13 case 2", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
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
