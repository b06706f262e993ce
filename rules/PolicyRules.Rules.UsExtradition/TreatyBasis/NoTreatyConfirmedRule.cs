namespace PolicyRules.Rules.UsExtradition.TreatyBasis;

[Name("USX-0201")]
[Description("Not extraditable: the treaty table confirms that no extradition treaty is in force with the requesting state, and 18 U.S.C. 3181(b) is not met.")]
[Citation(Sources.UsCode18, "§ 3181(a)", Authority.Confirmed, Url = Sources.Title18Ch209)]
[Citation(Sources.UsCode18, "§ 3184", Authority.Confirmed, Url = Sources.S3184)]
[Citation("Valentine v. United States ex rel. Neidecker", "299 U.S. 5 (1936)", Authority.Confirmed)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the treaty procedure this rule reads (complaint under oath, warrant, hearing of the evidence of criminality, certification to the Secretary of State, surrender on the Secretary's order, discharge two calendar months after commitment) was enacted by the Act of August 12, 1848, ch. 167, §§ 1-4 (9 Stat. 302-303) [C: Statutes at Large text], carried into R.S. 5270-5273 (1874) and chapter 209 of title 18 (Act of June 25, 1948, in force 1948-09-01) with those steps unchanged, so the rule applies from 1848-08-12 (a case file cannot be dated before 1900). The later instruments it cites (the Justice Department's manuals, 7 FAM, court decisions) describe how that law is applied; they are not its source, and a treaty speaks only from its own date (USX-0213).")]
[Remarks("Unknown is not absent: when 3181(b) is law, a charge is a crime of violence against a U.S. national abroad and the case does not state the person's U.S. status (element 1), the rule asks for the status instead of refusing; a stated citizen, national or permanent resident still ends the route (USX-0204).")]
[Remarks("Decision D1: a treaty-table value may decide only when its tag is C and the row is not disputed; otherwise USX-0202 reviews instead. A suspended treaty counts as no treaty (open question Q1).")]
internal sealed class NoTreatyConfirmedRule : PolicyRule
{
    public override void Define()
    {
        ExtraditionBasis basis = default!;
        TreatyStatus treaty = default!;
        Section3181bElements s3181 = default!;

        When()
            .Match(() => basis, b => b.Kind == BasisKind.None)
            .Match(() => treaty, t => t.State == TreatyState.None || t.State == TreatyState.Suspended, t => t.Confidence == "C" && !t.Disputed)
            .Match(() => s3181, s => !s.ElementsMetExceptCertification);

        Then()
            .Yield(ctx => s3181.PersonStatusUndecided
                ? ctx.Ask(
                    RecordQuestions.PersonStatus(),
                    $"There is no extradition treaty in force with {treaty.Name} (status {UsFacts.Name(treaty.State)}, {treaty.Tagged}); charge(s) {s3181.Charges} are crimes of violence against a U.S. national abroad, so 18 U.S.C. 3181(b) could still allow surrender, but only for a person who is neither a U.S. citizen, national nor permanent resident, and the case does not state the person's status: this must be asked, not assumed.",
                    treaty, s3181)
                : ctx.Deny(
                $"There is no extradition treaty in force with {treaty.Name} (status {UsFacts.Name(treaty.State)}, {treaty.Tagged}) and {(s3181.RouteExists ? "18 U.S.C. 3181(b) is not met" : "before 1996-04-24 no statute allowed surrender without a treaty")}, so the person cannot be extradited.",
                treaty, s3181));
    }
}
