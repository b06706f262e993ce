namespace PolicyRules.Rules.Interpol.DataQuality;

[Name("INT-0203")]
[Description("A Red Notice needs, for every charge, the penal provision and the maximum penalty or the sentence.")]
[Citation(Sources.Rpd, "Art. 83(2)(b)(ii)-(iv)", Authority.Confirmed, Url = Sources.RpdUrl)]
[EffectiveFrom("2012-07-01")]
[Remarks("A case with no charge at all is stopped by the case reader before any rule runs, so this rule only reports charges that lack a provision or a penalty.")]
public sealed class MinimumJudicialDataMissingRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        IEnumerable<PenaltyStatus> incomplete = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Query(() => incomplete, q => q.Match<PenaltyStatus>(p => !p.Known || string.IsNullOrWhiteSpace(p.Charge.Provision)).Collect())
            .Having(() => incomplete.Any());

        Then()
            .Yield(ctx => ctx.Deny(
                $"Minimum judicial data are incomplete: {Words.List(incomplete.OrderBy(p => p.Charge.Id, StringComparer.Ordinal).Select(p => $"charge {p.Charge.Id} lacks {(string.IsNullOrWhiteSpace(p.Charge.Provision) ? (p.Known ? "the applicable penal provision (RPD Art. 83(2)(b)(iii))" : "the penal provision and the penalty (RPD Art. 83(2)(b)(iii)-(iv))") : "the maximum penalty or the sentence (RPD Art. 83(2)(b)(iv))")}"))}.",
                request));
    }
}
