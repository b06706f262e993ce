using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;

[assembly: PolicyRuleSet(
    "bench-interpol",
    "Benchmark subset of the INTERPOL rules",
    Version = "1.0.0",
    DenyMeaning = "not compliant",
    ReviewMeaning = "needs review",
    AllowMeaning = "compliant")]

// The benchmark subset: frozen copies of five INTERPOL seed rules (INT-0101, INT-0102, INT-0104, INT-0401, INT-0402 on main when the suite
// was written). Copies, not the live classes, so the subset and its three implementations stay equal work while the real
// rule set grows and its rules are rewritten. IDs are BIN-xxxx so they never collide with the real ones.
namespace PolicyRules.Benchmarks.Subset;

[Name("BIN-0101")]
[Description("Mirror of INT-0101: a charge for prosecution with a maximum of at least two years qualifies a Red Notice.")]
[Citation("RPD", "Art. 83(1)(a)(ii)", Authority.Confirmed)]
[EffectiveFrom("2012-07-01")]
public sealed class PenaltyThresholdMetRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        Charge charge = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Match(() => charge, c => c.SentenceImposedMonths == null, c => c.MaxPenaltyMonths >= 24);

        Then()
            .Yield(ctx => ctx.Allow("A charge meets the penalty threshold.", charge));
    }
}

[Name("BIN-0102")]
[Description("Mirror of INT-0102: no charge for prosecution meets the two-year threshold.")]
[Citation("RPD", "Art. 83(1)(a)(ii)", Authority.Confirmed)]
[EffectiveFrom("2012-07-01")]
public sealed class NoChargeMeetsThresholdRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Exists<Charge>(c => c.SentenceImposedMonths == null)
            .Not<Charge>(c => c.MaxPenaltyMonths >= 24 || c.SentenceImposedMonths != null);

        Then()
            .Yield(ctx => ctx.Deny("No charge meets the penalty threshold.", request));
    }
}

[Name("BIN-0401")]
[Description("Mirror of INT-0401: a published campaign list naming the person.")]
[Citation("RPD", "Art. 34(3)", Authority.Confirmed)]
[EffectiveFrom("2012-07-01")]
public sealed class CampaignListRule : PolicyRule
{
    public override void Define()
    {
        ContextIndicator indicator = default!;

        When()
            .Match(() => indicator, i => i.Kind == ContextKind.PublishedCampaignList);

        Then()
            .Yield(ctx => ctx.Review("The person is on a published campaign list.", indicator));
    }
}

[Name("BIN-0402")]
[Description("Mirror of INT-0402: pressure on the person's relatives.")]
[Citation("RPD", "Art. 34(3)", Authority.Confirmed)]
[EffectiveFrom("2012-07-01")]
public sealed class PressureOnRelativesRule : PolicyRule
{
    public override void Define()
    {
        ContextIndicator indicator = default!;

        When()
            .Match(() => indicator, i => i.Kind == ContextKind.PressureOnRelatives && i.ConcernsThisPerson);

        Then()
            .Yield(ctx => ctx.Review("The person's relatives were pressed.", indicator));
    }
}

[Name("BIN-0104")]
[Description("Mirror of INT-0104: the requester's own authorities say notices replace extradition.")]
[Citation("RPD", "Art. 82", Authority.Confirmed)]
[EffectiveFrom("2012-07-01")]
public sealed class StatedSubstituteRule : PolicyRule
{
    public override void Define()
    {
        Request request = default!;
        ContextIndicator indicator = default!;

        When()
            .Match(() => request, r => r.Kind == RequestKind.RedNotice)
            .Match(() => indicator, i => i.Kind == ContextKind.StatedSubstituteForExtradition && i.ConcernsThisPerson && i.Source == EvidenceSource.RequesterOfficial);

        Then()
            .Yield(ctx => ctx.Deny("Notices are said to replace extradition.", request, indicator));
    }
}
