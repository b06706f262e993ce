namespace PolicyRules.Rules.UsExtradition.Procedure;

[Name("USX-0419")]
[Description("The case enters the procedure at a later stage: the earlier steps that stage presupposes are taken as established, and the verdict names them.")]
[Citation(Sources.UsCode18, "§ 3184 (complaint, warrant, hearing, certification and commitment, in that order)", Authority.Confirmed, Url = Sources.S3184)]
[Citation(Sources.UsCode18, "§ 3186 (surrender on the Secretary of State's order, after commitment)", Authority.Confirmed, Url = Sources.S3186)]
[Citation(Sources.Crm, "613 (prosecutors act only on requests that reach them through OIA in good order)", Authority.Confirmed, Url = Sources.Crm613)]
[EffectiveFrom("1848-08-12")]
[Remarks("Law in time: the order of the steps (complaint under oath, warrant, hearing of the evidence of criminality, certification and commitment, then the executive's surrender) is that of the Act of August 12, 1848 (9 Stat. 302), carried through R.S. 5270-5272 into 18 U.S.C. 3184 and 3186 as codified in 1948; the rule reads only that order, so it applies from 1848-08-12. A case file cannot be dated before 1900, so in practice it applies to every case.")]
[Remarks("Procedure entered at any stage: a court opinion starts where its record starts. A stated later step (an arrest on the warrant, a hearing, a decision on certification, a habeas petition, the Secretary's decision, a surrender, a discharge under 3188) establishes the steps the law puts before it, unless the case says otherwise; the reader refuses a record that contradicts itself (check record-order). What is implied is listed here so that a reader of the verdict sees which steps were stated and which inferred.")]
internal sealed class ImpliedStepsRule : PolicyRule
{
    public override void Define()
    {
        UsSituation us = default!;

        When()
            .Match(() => us, u => ProceduralRecord.Implied(u).Count > 0);

        Then()
            .Yield(ctx => ctx.Note(
                $"The record starts at {ProceduralRecord.Latest(us)}; the steps the law puts before it are taken as established although the case does not state them: {string.Join("; ", ProceduralRecord.Implied(us))}.",
                us));
    }
}
