using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;

// Rule shapes that exercise the compiled evaluator's ordering: recursion to a fixpoint, negative cycles, unsupported shapes.
namespace PolicyRules.Tests.TestRuleSet.Recursive
{
    public sealed record ChainLink(int Depth) : DerivedFact
    {
        public override string Label => $"link {Depth}";
    }

    [Name("TST-0940")]
    [Description("Starts a chain of links from the request.")]
    [Citation("Test Code", "Art. 940", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    [Priority(1)]
    public sealed class ChainStartRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            When().Match(() => request);
            Then().Yield(_ => new ChainLink(0));
        }
    }

    [Name("TST-0941")]
    [Description("Reads its own yields: each link below depth 3 leads to the next.")]
    [Citation("Test Code", "Art. 941", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    [Priority(1)]
    public sealed class ChainStepRule : PolicyRule
    {
        public override void Define()
        {
            ChainLink link = default!;
            When().Match(() => link, l => l.Depth < 3);
            Then().Yield(_ => new ChainLink(link.Depth + 1));
        }
    }

    [Name("TST-0942")]
    [Description("Counts the links once the chain is complete.")]
    [Citation("Test Code", "Art. 942", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class ChainCountRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            IEnumerable<ChainLink> links = default!;
            When()
                .Match(() => request)
                .Query(() => links, q => q.Match<ChainLink>().Collect())
                .Having(() => links.Any());
            Then().Yield(ctx => ctx.Note($"{links.Count()} links, deepest {links.Max(l => l.Depth)}.", request));
        }
    }

    [Name("TST-0943")]
    [Description("Notes a short chain; never fires, since the chain reaches depth 3.")]
    [Citation("Test Code", "Art. 943", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class ShortChainRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            When().Match(() => request).Not<ChainLink>(l => l.Depth == 3);
            Then().Yield(ctx => ctx.Note("The chain is short.", request));
        }
    }
}

namespace PolicyRules.Tests.TestRuleSet.NegativePair
{
    [Name("TST-0970")]
    [Description("Holds unless TST-0971 holds.")]
    [Citation("Test Code", "Art. 970", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class FirstOfPairRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            When().Match(() => request).Not<Finding>(f => f.RuleId == "TST-0971");
            Then().Yield(ctx => ctx.Note("First.", request));
        }
    }

    [Name("TST-0971")]
    [Description("Holds unless TST-0970 holds.")]
    [Citation("Test Code", "Art. 971", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class SecondOfPairRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            When().Match(() => request).Not<Finding>(f => f.RuleId == "TST-0970");
            Then().Yield(ctx => ctx.Note("Second.", request));
        }
    }
}

namespace PolicyRules.Tests.TestRuleSet.Unsupported
{
    [Name("TST-0980")]
    [Description("Uses an Or group, which the compiled evaluator does not evaluate.")]
    [Citation("Test Code", "Art. 980", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class EitherRule : PolicyRule
    {
        public override void Define()
        {
            When().Or(x => x.Match<Charge>(c => c.PurelyMilitary).Match<ContextIndicator>(i => i.Kind == ContextKind.PublishedCampaignList));
            Then().Yield(ctx => ctx.Note("Either a military charge or a campaign list."));
        }
    }
}
