namespace PolicyRules.Rules.Interpol.RedNoticeConditions;

[Name("INT-0101")]
[Description("A Red Notice that seeks arrest for extradition, surrender or similar lawful action with the Art. 84(b) assurances, or a diffusion with a purpose listed in RPD Art. 97(1), has a permitted purpose.")]
[Citation(Sources.Rpd, "Art. 82", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 84(b)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rpd, "Art. 97(1)(a)-(f)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("A missing purpose, or missing assurance answers, leave the purpose element open; this rule does not fire and INT-0902 sends the case to review instead of letting it pass.")]
[Remarks("The exception is real: when the purpose is shown not to be pursued (INT-0103, INT-0104, INT-0105), this finding disappears.")]
[Addresses(Elements.Purpose)]
internal sealed class PurposePermittedRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request,
                r => (r.Kind == RequestKind.RedNotice && JudicialData.ArrestPurpose(r.Purpose)
                        && r.ExtraditionAssurance != null && r.ExtraditionAssurance.CoordinatedWithExtraditionAuthority == true && r.ExtraditionAssurance.AssuranceGiven == true)
                    || (r.Kind == RequestKind.Diffusion && JudicialData.DiffusionPurpose(r.Purpose)))
            .Not<PurposeDefeated>();

        Then()
            .Yield(ctx => ctx.Allow(
                $"The {Words.Kind(request.Kind)} seeks {Words.Of(request.Purpose!.Value)}, a purpose permitted by {(request.Kind == RequestKind.RedNotice ? "RPD Art. 82, with the extradition assurances of Art. 84(b)" : "RPD Art. 97(1)")}.",
                request));
    }
}
