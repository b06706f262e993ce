namespace PolicyRules.Rules.UsExtradition.TransnationalRepression;

[Name("USX-0604")]
[Description("Agents of the requesting state are reported acting against the person outside lawful channels.")]
[Citation("FBI Director's remarks on Operation Fox Hunt", "28 Oct 2020", Authority.Confirmed, Url = Sources.FoxHunt)]
[Citation("E.D.N.Y. Operation Fox Hunt complaint (28 Oct 2020)", "charges under 18 U.S.C. 951 and 2261A", Authority.Confirmed)]
[Citation(Sources.UsCode18, "§ 951 (agents of foreign governments)", Authority.Confirmed)]
[Citation(Sources.UsCode22, "§ 263b(a) (sense of Congress on abuse of INTERPOL)", Authority.Confirmed, Url = Sources.Trap263b)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
internal sealed class AgentsAbroadRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;
        ContextIndicator ind = default!;

        When()
            .Match(() => us)
            .Match(() => ind, i => i.Kind == ContextKind.AgentsAbroad && i.ConcernsThisPerson);

        Then()
            .Yield(ctx => ctx.Review(
                $"Agents of the requesting state are reported acting against the person outside lawful channels (source: {UsFacts.Words(ind.Source)}), a sign of transnational repression.",
                ind));
    }
}
