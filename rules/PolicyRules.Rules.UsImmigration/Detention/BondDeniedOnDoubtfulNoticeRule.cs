namespace PolicyRules.Rules.UsImmigration.Detention;

[Name("IMM-0205")]
[Description("Bond was denied with the notice cited, and the case holds evidence against the notice (the INTERPOL screening finds it non-compliant, or INTERPOL dropped it): next, a new custody hearing on changed circumstances or a habeas petition.")]
[Citation(Sources.Cfr8, "§ 1003.19(e) (a later custody redetermination on a showing that circumstances have changed materially)", Authority.Secondary)]
[Citation("Kharis v. Sessions", "No. 18-cv-04800-JST (N.D. Cal. 6 Nov 2018): a bond denial resting on a Red Notice, with evidence against it unweighed, denied due process; new bond hearing ordered", Authority.Confirmed, Url = Sources.KharisText)]
[Citation(Sources.Ina, "§ 236(a) (release on bond pending removal proceedings)", Authority.Confirmed, Url = Sources.Ina236)]
[EffectiveFrom("1997-04-01")]
[Remarks("The engine cannot tell whether the judge already weighed the evidence against the notice; it names the routes and leaves the question to the judge or the district court. The INTERPOL screening is this engine's assessment, not INTERPOL's decision; the reason says which it is.")]
internal sealed class BondDeniedOnDoubtfulNoticeRule : PolicyRule
{
    public override void Define()
    {
        Request req = default!;
        UsSituation us = default!;
        IEnumerable<Finding> found = default!;
        IEnumerable<ContextIndicator> refusals = default!;

        When()
            .Match(() => req)
            .Match(() => us, u => Immigration.Custody(u).Decision == BondDecision.Denied && Immigration.Custody(u).NoticeCited == true)
            .Query(() => found, q => q.Match<Finding>(f => f.RuleSet == "interpol" && f.Effect == Effect.Deny).Collect())
            .Query(() => refusals, q => q.Match<ContextIndicator>(i => i.Kind == ContextKind.PriorInterpolRefusal && i.ConcernsThisPerson).Collect())
            .Having(() => found.Any() || refusals.Any() || !req.Active);

        Then()
            .Yield(ctx => ctx.Review(
                $"Bond was denied with the {Immigration.Notice(req)} cited, while {(refusals.Any() || !req.Active ? "INTERPOL has dropped the notice or refused data on the person" : $"the INTERPOL screening of the same facts finds the notice non-compliant ({Immigration.RuleIds(found)}), an assessment rather than a decision of INTERPOL")}. Next: a new custody hearing on materially changed circumstances, or a habeas petition where the evidence against the notice went unweighed.",
                req, Immigration.Custody(us)));
    }
}
