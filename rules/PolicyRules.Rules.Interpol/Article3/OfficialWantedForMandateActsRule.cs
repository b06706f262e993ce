namespace PolicyRules.Rules.Interpol.Article3;

[Name("INT-0410")]
[Description("A politician or (former) official wanted by their own country for acts of the political mandate, with no personal gain alleged, is reviewed.")]
[Citation(Sources.Rop, "§3.1 paras 1-5", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
internal sealed class OfficialWantedForMandateActsRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        Person person = default!;
        Charge charge = default!;

        When()
            .Match(() => request, r => r.RequestingCountry != null)
            .Match(() => person, p => p.Nationalities.Contains(request.RequestingCountry!),
                p => p.Statuses.Contains(PersonStatus.Politician) || p.Statuses.Contains(PersonStatus.OppositionPolitician)
                    || p.Statuses.Contains(PersonStatus.FormerOfficial) || p.Statuses.Contains(PersonStatus.SittingOfficial))
            .Match(() => charge, c => c.Conduct.InExerciseOfPoliticalMandate, c => !c.Conduct.PersonalGain);

        Then()
            .Yield(ctx => ctx.Review(
                $"The person, {Factors.Statuses(person.Statuses.Where(s => s == PersonStatus.Politician || s == PersonStatus.OppositionPolitician || s == PersonStatus.FormerOfficial || s == PersonStatus.SittingOfficial))}, is wanted by their own country for acts done in exercise of the political mandate (charge {charge.Id}, {Words.Of(charge.Category)}) with no personal gain alleged; breaches of administrative or political procedure are generally not ordinary-law crimes (Repository of Practice §3.1).",
                person, charge));
    }
}
