namespace PolicyRules.Rules.UsImmigration.Track;

[Name("IMM-0001")]
[Description("The case states no immigration track: there is nothing for the immigration rules to assess.")]
[Citation(Sources.Ina, "the Immigration and Nationality Act of 1952 (in force 24 Dec 1952), under which removal, custody and relief are decided", Authority.Secondary, Url = Sources.Ina240)]
[EffectiveFrom("1952-12-24")]
[Remarks("A note only: the outcome stays review, as for every rule set where nothing is affirmed. It tells a reader of a case without `us.immigration` why this rule set says nothing, and what to add when the person is in removal proceedings or ICE custody.")]
internal sealed class NoImmigrationTrackRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;

        When()
            .Match(() => req)
            .Not<UsSituation>(u => u.Immigration != null);

        Then()
            .Yield(ctx => ctx.Note(
                "The case states no immigration track (removal proceedings, ICE custody, applications for protection): nothing for the immigration rules to assess. Add us.immigration when the person faces removal or detention.",
                req));
    }
}
