namespace PolicyRules.Rules.UsExtradition.NextSteps;

[Name("USX-1002")]
[Description("After INTERPOL or the CCF has deleted the notice, the Attorney General and the Secretary of State are to support barring the requesting state from seeking another notice against the same person on the same claims or facts.")]
[Citation(Sources.UsCode22, "§ 263b(b)(1)(B)", Authority.Confirmed, Url = Sources.Trap263b)]
[EffectiveFrom("2021-12-27")]
[Remarks("Law in time: 22 U.S.C. 263b was enacted by the FY2022 NDAA (Pub. L. 117-81), signed 2021-12-27; it has no earlier counterpart in statute.")]
[Remarks("263b(b)(1)(B) asks the Attorney General and the Secretary of State to use the voice, vote and influence of the United States for INTERPOL's coordination with the CCF where INTERPOL or the CCF has determined that a member country issued a notice in violation of Articles 2 or 3 or the RPD, so as to prohibit that country from seeking another notice against the same individual on the same claims or facts. A deletion stated in the request's history (the CCF's decision or the General Secretariat's) is such a determination for the step; a block is not, being an interim measure.")]
internal sealed class SupportBarOnReissueRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        UsSituation us = default!;
        InterpolHistoryEntry deletion = default!;

        When()
            .Match(() => request)
            .Match(() => us)
            .Match(() => deletion, e => UsFacts.InterpolDeleted(e));

        Then()
            .Yield(ctx => ctx.NextStep(
                Audience.UsAuthorities,
                $"INTERPOL {UsFacts.Withdrawal(deletion)}: the Attorney General and the Secretary of State are to use the voice, vote and influence of the United States for INTERPOL, with the CCF, to prohibit {request.RequestingCountry ?? "the requesting entity"} from seeking another notice or diffusion against the person on the same claims or facts (22 U.S.C. 263b(b)(1)(B)).",
                request, deletion));
    }
}
