namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0201")]
[Description("A Red Notice needs a reference to a valid arrest warrant or a judicial decision having the same effect.")]
[Citation(Sources.Rpd, "Art. 83(2)(b)(v)", Authority.Confirmed, Url = Sources.RpdUrl)]
[Citation(Sources.Rop, "§1 para 9", Authority.Confirmed, Url = Sources.RopUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("Law in time: the Rules on the Processing of Data (III/IRPD/GA/2011, resolution AG-2011-RES-07), in force 1 July 2012 [C]; none of the amendments of 2014, 2016, 2019, 2023, 2024 or 2025 names Arts 83-87 or 97-101 [C], so the conditions are the 2011 text. Before 1 July 2012 this rule does not apply and INT-0903 sends the request to review against the earlier rules.")]
[Remarks("Unknown is not absent: with no word on the warrant (no `arrestWarrant`, or its validity not stated) the rule asks instead of refusing. It refuses when the request is known to cite none (`lacks: [\"arrestWarrant\"]`) or the warrant is known not to be in force (`valid: false`).")]
[Addresses(Elements.JudicialData)]
internal sealed class NoValidArrestWarrantRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice, r => Questions.WarrantDefectStated(r) || Questions.WarrantUnknown(r));

        Then()
            .Yield(ctx => Questions.WarrantDefectStated(request)
                ? ctx.Deny(
                    request.ArrestWarrant == null
                        ? "The request cites no arrest warrant or judicial decision having the same effect; a Red Notice cannot be published without one."
                        : $"The arrest warrant{(string.IsNullOrWhiteSpace(request.ArrestWarrant.Reference) ? string.Empty : " " + request.ArrestWarrant.Reference)} is not in force (expired, revoked or annulled); a Red Notice needs a reference to a valid arrest warrant or judicial decision having the same effect.",
                    request)
                : ctx.Ask(
                    Questions.Warrant(request),
                    request.ArrestWarrant == null
                        ? "The case does not say whether the request cites an arrest warrant or a judicial decision having the same effect; a Red Notice cannot be published without one, so this must be asked, not assumed."
                        : $"The case does not say whether the arrest warrant{(string.IsNullOrWhiteSpace(request.ArrestWarrant.Reference) ? string.Empty : " " + request.ArrestWarrant.Reference)} is in force; a Red Notice needs a valid one, so this must be asked, not assumed.",
                    request));
    }
}
