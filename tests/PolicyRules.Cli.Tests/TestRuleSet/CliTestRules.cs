using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;

[assembly: PolicyRuleSet("cli-test", "CLI test rule set", Version = "1.0.0", DenyMeaning = "test deny", ReviewMeaning = "test review", AllowMeaning = "test allow")]

// Two versions of the same rule (TST-0002) stand for a rule before and after an edit in a working copy: the engine loads
// one or the other by namespace, so a test can change a rule's effect without compiling C# at run time.
namespace PolicyRules.Cli.Tests.TestRuleSet.Base
{
    [Name("TST-0001")]
    [Description("A charge with a maximum of two years or more is affirmed.")]
    [Citation("Test Code", "Art. 1", Authority.Confirmed, Url = "https://example.invalid/test-code#art1")]
    [EffectiveFrom("2000-01-01")]
    [Remarks("Chosen for the tests: the threshold is inclusive.")]
    public sealed class PenaltyAllowRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            Charge charge = default!;
            When()
                .Match(() => request, r => r.Kind == RequestKind.RedNotice)
                .Match(() => charge, c => c.MaxPenaltyMonths >= 24);
            Then().Yield(ctx => ctx.Allow($"Charge {charge.Id} carries {charge.MaxPenaltyMonths} months.", charge));
        }
    }
}

namespace PolicyRules.Cli.Tests.TestRuleSet.V1
{
    [Name("TST-0002")]
    [Description("A published campaign list sends the case to review.")]
    [Citation("Test Code", "Art. 2", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class CampaignRule : PolicyRule
    {
        public override void Define()
        {
            ContextIndicator indicator = default!;
            When().Match(() => indicator, i => i.Kind == ContextKind.PublishedCampaignList);
            Then().Yield(ctx => ctx.Review("The person is on a published campaign list.", indicator));
        }
    }
}

namespace PolicyRules.Cli.Tests.TestRuleSet.V2
{
    [Name("TST-0002")]
    [Description("A published campaign list refuses the request.")]
    [Citation("Test Code", "Art. 2", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class CampaignRule : PolicyRule
    {
        public override void Define()
        {
            ContextIndicator indicator = default!;
            When().Match(() => indicator, i => i.Kind == ContextKind.PublishedCampaignList);
            Then().Yield(ctx => ctx.Deny("The person is on a published campaign list.", indicator));
        }
    }
}

namespace PolicyRules.Cli.Tests.TestRuleSet.Gap
{
    [Name("TST-0003")]
    [Description("A charge with a maximum of a hundred years or more is noted.")]
    [Citation("Test Code", "Art. 3", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class CenturyRule : PolicyRule
    {
        public override void Define()
        {
            Charge charge = default!;
            When().Match(() => charge, c => c.MaxPenaltyMonths >= 1200);
            Then().Yield(ctx => ctx.Note($"Charge {charge.Id} carries a century.", charge));
        }
    }
}
