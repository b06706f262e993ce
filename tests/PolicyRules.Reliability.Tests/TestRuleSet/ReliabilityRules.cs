using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;

[assembly: PolicyRuleSet("reliability-test", "Reliability test rule set", Version = "0.0.1", DenyMeaning = "test deny", ReviewMeaning = "test review", AllowMeaning = "test allow")]

// A rule set that exists only to misbehave: each namespace is one part, chosen with Engines.TestPart.
namespace PolicyRules.Reliability.Tests.TestRuleSet.Sane
{
    [Name("REL-0001")]
    [Description("Every charge is affirmed.")]
    [Citation("Reliability Test Code", "Art. 1", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class ChargeAllowRule : PolicyRule
    {
        public override void Define()
        {
            Charge charge = default!;
            When().Match(() => charge);
            Then().Yield(ctx => ctx.Allow($"Charge {charge.Id} is on file.", charge));
        }
    }
}

namespace PolicyRules.Reliability.Tests.TestRuleSet.SelfDefeating
{
    [Name("REL-0901")]
    [Description("Negates the fact type it yields: the truth-maintenance loop of tech-anchors 1.4.")]
    [Citation("Reliability Test Code", "Art. 901", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class SelfDefeatingRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            When().Match(() => request).Not<Finding>(f => f.RuleId == "REL-0901");
            Then().Yield(ctx => ctx.Review("Looping.", request));
        }
    }
}

namespace PolicyRules.Reliability.Tests.TestRuleSet.PingPong
{
    [Name("REL-0911")]
    [Description("Yields a ping while there is no pong.")]
    [Citation("Reliability Test Code", "Art. 911", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class PingRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            When().Match(() => request).Not<Finding>(f => f.RuleId == "REL-0912");
            Then().Yield(ctx => ctx.Note("Ping.", request));
        }
    }

    [Name("REL-0912")]
    [Description("Yields a pong while there is a ping, which retracts the ping, which retracts the pong: two rules in a loop.")]
    [Citation("Reliability Test Code", "Art. 912", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class PongRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            When().Match(() => request).Exists<Finding>(f => f.RuleId == "REL-0911");
            Then().Yield(ctx => ctx.Note("Pong.", request));
        }
    }
}

namespace PolicyRules.Reliability.Tests.TestRuleSet.Poisoned
{
    [Name("REL-0921")]
    [Description("Throws in its condition on a charge with the ID poison-condition.")]
    [Citation("Reliability Test Code", "Art. 921", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class ThrowingConditionRule : PolicyRule
    {
        public override void Define()
        {
            Charge charge = default!;
            When().Match(() => charge, c => Inspect(c));
            Then().Yield(ctx => ctx.Note("Never.", charge));
        }

        private static bool Inspect(Charge charge) =>
            charge.Id == "poison-condition" ? throw new InvalidOperationException("the condition choked on a poisoned charge") : false;
    }

    [Name("REL-0922")]
    [Description("Throws in its action on a charge with the ID poison-action.")]
    [Citation("Reliability Test Code", "Art. 922", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class ThrowingActionRule : PolicyRule
    {
        public override void Define()
        {
            Charge charge = default!;
            When().Match(() => charge, c => c.Id == "poison-action");
            Then().Yield(ctx => Explain(charge));
        }

        private static Finding Explain(Charge charge) =>
            throw new InvalidOperationException($"the action choked on charge {charge.Id}");
    }

    [Name("REL-0924")]
    [Description("Loops on a charge with the ID poison-loop: it negates the finding it yields.")]
    [Citation("Reliability Test Code", "Art. 924", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class LoopOnPoisonRule : PolicyRule
    {
        public override void Define()
        {
            Charge charge = default!;
            When().Match(() => charge, c => c.Id == "poison-loop").Not<Finding>(f => f.RuleId == "REL-0924");
            Then().Yield(ctx => ctx.Review("Looping on a poisoned charge.", charge));
        }
    }

    [Name("REL-0923")]
    [Description("Every charge is affirmed, so the good cases of a batch have a verdict to compare.")]
    [Citation("Reliability Test Code", "Art. 923", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class ChargeAllowRule : PolicyRule
    {
        public override void Define()
        {
            Charge charge = default!;
            When().Match(() => charge);
            Then().Yield(ctx => ctx.Allow($"Charge {charge.Id} is on file.", charge));
        }
    }
}
