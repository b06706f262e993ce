namespace PolicyRules.Rules.Interpol.Derivations;

[Name("INT-0835")]
[Description("Records that some INTERPOL rule refused the request or sent it to review: a ground the next steps rest on.")]
[Citation(Sources.CcfStatute, "Art. 30(2)", Authority.Confirmed, Url = Sources.CcfStatuteUrl)]
[Citation(Sources.Rpd, "Art. 80(1)(c)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("1956-06-13")]
[Remarks("Law in time: a derivation states no law of its own; it runs from 13 June 1956 (the Constitution) so that a rule in force on any date sees the same derived facts, and the law's dates are those of the rules that use it.")]
[Remarks("Like INT-0820 it reads the rule set's own findings, by rule set and effect only; the next-step rules read what it derives, never a finding, and yield next steps, which no derivation reads, so nothing loops. An ask finding is no ground: a missing fact is for the requester to supply, not a reason to delete.")]
[Priority(1)]
internal sealed class GroundToChallengeRule : PolicyRule
{
    public override void Define()
    {
        Finding finding = default!;

        When()
            .Match(() => finding, f => f.RuleSet == "interpol", f => f.Effect == Effect.Deny || f.Effect == Effect.Review);

        Then()
            .Yield(_ => new GroundToChallenge(finding.RuleId));
    }
}
