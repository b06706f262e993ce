namespace PolicyRules.Rules.UsExtradition.TransnationalRepression;

[Name("USX-0607")]
[Description("No finding of the INTERPOL screening is available for this case: the transnational-repression check rests on the context facts only.")]
[Citation(Sources.UsCode22, "§ 263b(a) (sense of Congress on abuse of INTERPOL)", Authority.Confirmed, Url = Sources.Trap263b)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("The engine cannot tell a screening that was not run from one that found nothing; both read as no INTERPOL finding. The rule collects INTERPOL findings and asks for none, rather than negating Finding, because it yields a Finding itself.")]
internal sealed class InterpolScreeningUnavailableRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        IEnumerable<Finding> found = default!;

        When()
            .Match(() => us)
            .Query(() => found, q => q.Match<Finding>(f => f.RuleSet == "interpol").Collect())
            .Having(() => !found.Any());

        Then()
            .Yield(ctx => ctx.Note(
                "No finding of the INTERPOL screening is available for this case; the transnational-repression check rests on the context facts only.",
                us));
    }
}
