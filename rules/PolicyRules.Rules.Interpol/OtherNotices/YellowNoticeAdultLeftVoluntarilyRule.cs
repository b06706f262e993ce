namespace PolicyRules.Rules.Interpol.OtherNotices;

[Name("INT-0713")]
[Description("A Yellow notice for an adult who left of their own will goes to the General Secretariat: a notice that locates a person who chose to leave may serve to locate them in order to persecute them.")]
[Citation(Sources.Rpd, "Art. 90(1)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§3.9 para 2", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Rop, "§3.9 Scenario A, case 2", Authority.Confirmed, Url = Sources.RopUrl)]
[Citation(Sources.Constitution, "Art. 2(1) (UDHR Art. 13(2))", Authority.Confirmed, Url = Sources.ConstitutionUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 9, 88-90 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Review, not refusal: in the Repository's case, a Yellow notice for an athlete who disappeared abroad and was wanted only for illegal emigration was published after the General Secretariat asked for more information and found no likelihood of persecution (§3.9, Scenario A, case 2). Whether the notice serves to find a missing person or to reach a person who chose to leave is that weighing; the rule names the person's political statuses for it.")]
[Addresses(Elements.Purpose)]
internal sealed class YellowNoticeAdultLeftVoluntarilyRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        Person person = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.YellowNotice, r => r.MissingPerson != null, r => r.MissingPerson!.Adult == true && r.MissingPerson.LeftVoluntarily == true)
            .Match(() => person);

        Then()
            .Yield(ctx => ctx.Review(
                $"The Yellow notice request concerns an adult who left of their own will{(person.Statuses.IsEmpty ? string.Empty : " and who is " + Factors.Statuses(person.Statuses))}; everyone may leave any country (UDHR Art. 13(2), Constitution Art. 2(1)), and the Repository warns that Yellow and Blue notices may lead to a person being located in order to be persecuted (§3.9 para 2), so the General Secretariat must weigh whether the notice serves a disappearance or the pursuit of a person who chose to leave.",
                request, request.MissingPerson!, person));
    }
}
