namespace PolicyRules.Rules.Interpol.ProceduralHistory;

[Name("INT-1102")]
[Description("The General Secretariat has deleted the data of this request after examining their compliance: the request stands refused.")]
[Citation(Sources.Rpd, "Art. 128(4)(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 128(5)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom(Sources.InForce)]
[Remarks("Law in time: the Rules on the Processing of Data, in force 1 July 2012; Art. 128 (examination procedure) in the 2025 numbering.")]
[Remarks("The engine reports a decision the General Secretariat has taken (Art. 128(4)(b): the processing does not comply and the General Secretariat decides to delete the data; Art. 128(5): it tells the source why). A source that disagrees has the dispute procedure of RPD Art. 135; the person has the CCF. Neither is for the engine to anticipate.")]
internal sealed class GsDeletedDataRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        InterpolHistoryEntry deletion = default!;

        When()
            .Match(() => request)
            .Match(() => deletion, e => e.Kind == InterpolHistoryKind.GsDeletion);

        Then()
            .Yield(ctx => ctx.Deny(
                $"The General Secretariat deleted the data of this {Words.Kind(request.Kind)} {History.On(deletion.Date)} after examining their compliance{History.Detail(deletion)} (RPD Art. 128(4)(b)), telling the source why (Art. 128(5)): the request stands refused on these data.",
                request, deletion));
    }
}
