using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;

[assembly: PolicyRuleSet("test", "Test rule set", Version = "9.9.9", RetiredRuleIds = ["TST-0960"], DenyMeaning = "test deny", ReviewMeaning = "test review", AllowMeaning = "test allow", NeedsInformationMeaning = "test needs information")]

namespace PolicyRules.Tests.TestRuleSet.Valid
{
    [Name("TST-0001")]
    [Description("A charge with a maximum of two years or more is affirmed.")]
    [Citation("Test Code", "Art. 1", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class PenaltyAllowRule : PolicyRule
    {
        public override void Define()
        {
            Charge charge = default!;
            When().Match(() => charge, c => c.MaxPenaltyMonths >= 24);
            Then().Yield(ctx => ctx.Allow($"Charge {charge.Id} carries {charge.MaxPenaltyMonths} months.", charge));
        }
    }

    [Name("TST-0002")]
    [Description("A published campaign list sends the case to review.")]
    [Citation("Test Code", "Art. 2", Authority.Secondary)]
    [EffectiveFrom("2000-01-01")]
    public sealed class CampaignReviewRule : PolicyRule
    {
        public override void Define()
        {
            ContextIndicator indicator = default!;
            When().Match(() => indicator, i => i.Kind == ContextKind.PublishedCampaignList);
            Then().Yield(ctx => ctx.Review("The person is on a published campaign list.", indicator));
        }
    }

    [Name("TST-0003")]
    [Description("A purely military charge is refused.")]
    [Citation("Test Code", "Art. 3", Authority.Confirmed, Url = "https://example.invalid/test-code#art3")]
    [EffectiveFrom("2000-01-01")]
    public sealed class MilitaryDenyRule : PolicyRule
    {
        public override void Define()
        {
            Charge charge = default!;
            When().Match(() => charge, c => c.PurelyMilitary);
            Then().Yield(ctx => ctx.Deny($"Charge {charge.Id} is purely military.", charge));
        }
    }

    [Name("TST-0004")]
    [Description("A rule that only applies from 2030.")]
    [Citation("Test Code", "Art. 4", Authority.Confirmed)]
    [EffectiveFrom("2030-01-01")]
    public sealed class FutureRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            When().Match(() => request);
            Then().Yield(ctx => ctx.Note("The 2030 rule applies.", request));
        }
    }

    [Name("TST-0005")]
    [Description("Every charge is noted, so equal-looking findings from two activations must not collide.")]
    [Citation("Test Code", "Art. 5", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class SameReasonNoteRule : PolicyRule
    {
        public override void Define()
        {
            Charge charge = default!;
            When().Match(() => charge);
            Then().Yield(ctx => ctx.Note("A charge is on file."));
        }
    }

    [Name("TST-0006")]
    [Description("A charge whose maximum penalty nobody stated asks for it instead of deciding.")]
    [Citation("Test Code", "Art. 1", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    [Addresses("penalty")]
    public sealed class PenaltyAskRule : PolicyRule
    {
        public override void Define()
        {
            Charge charge = default!;
            When().Match(() => charge, c => c.MaxPenaltyMonths == null, c => c.SentenceImposedMonths == null);
            Then().Yield(ctx => ctx.Ask(
                new Question(
                    $"Is the maximum penalty of charge {charge.Id} 24 months or more?",
                    new Answer("24 months or more", $"$.charges[?(@.id=='{charge.Id}')].maxPenaltyMonths", "24"),
                    new Answer("less than 24 months", $"$.charges[?(@.id=='{charge.Id}')].maxPenaltyMonths", "23")),
                $"The maximum penalty of charge {charge.Id} is not stated.",
                charge));
        }
    }

    [Name("TST-0007")]
    [Description("Pressure on relatives gives the U.S. authorities a step.")]
    [Citation("Test Code", "Art. 7", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class AuthoritiesStepRule : PolicyRule
    {
        public override void Define()
        {
            ContextIndicator indicator = default!;
            When().Match(() => indicator, i => i.Kind == ContextKind.PressureOnRelatives);
            Then().Yield(ctx => ctx.NextStep(Audience.UsAuthorities, "Tell the General Secretariat.", indicator));
        }
    }

    [Name("TST-0008")]
    [Description("Pressure on relatives gives the person a first step.")]
    [Citation("Test Code", "Art. 8", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class PersonFirstStepRule : PolicyRule
    {
        public override void Define()
        {
            ContextIndicator indicator = default!;
            When().Match(() => indicator, i => i.Kind == ContextKind.PressureOnRelatives);
            Then().Yield(ctx => ctx.NextStep(Audience.Person, "Apply to the Commission.", indicator));
        }
    }

    [Name("TST-0009")]
    [Description("Pressure on relatives gives the person a second step.")]
    [Citation("Test Code", "Art. 9", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class PersonSecondStepRule : PolicyRule
    {
        public override void Define()
        {
            ContextIndicator indicator = default!;
            When().Match(() => indicator, i => i.Kind == ContextKind.PressureOnRelatives);
            Then().Yield(ctx => ctx.NextStep(Audience.Person, "Ask for provisional measures.", indicator));
        }
    }
}

namespace PolicyRules.Tests.TestRuleSet.Looping
{
    [Name("TST-0900")]
    [Description("Negates the fact type it yields: the classic truth-maintenance loop.")]
    [Citation("Test Code", "Art. 900", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class SelfDefeatingRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            When().Match(() => request).Not<Finding>(f => f.RuleId == "TST-0900");
            Then().Yield(ctx => ctx.Review("Looping.", request));
        }
    }
}

namespace PolicyRules.Tests.TestRuleSet.Throwing
{
    [Name("TST-0901")]
    [Description("Throws on a charge called boom.")]
    [Citation("Test Code", "Art. 901", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class ThrowingRule : PolicyRule
    {
        public override void Define()
        {
            Charge charge = default!;
            When().Match(() => charge, c => Explode(c));
            Then().Yield(ctx => ctx.Note("Never.", charge));
        }

        private static bool Explode(Charge charge) =>
            charge.Id == "boom" ? throw new InvalidOperationException("the charge is a bomb") : false;
    }
}

namespace PolicyRules.Tests.TestRuleSet.Broken
{
    [Name("bad id")]
    public sealed class UncitedRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            When().Match(() => request);
            Then().Yield(ctx => ctx.Note("Uncited.", request));
        }
    }

    [Name("TST-0950")]
    [Description("Secondary authority only, yet it decides.")]
    [Citation("A blog", "post", Authority.Secondary)]
    [EffectiveFrom("2000-01-01")]
    [EffectiveUntil("1999-01-01")]
    public sealed class OverreachingRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            When().Match(() => request);
            Then().Yield(ctx => ctx.Deny("Decided on a blog.", request));
        }
    }

    public sealed record ChargeOnFile(Charge Charge) : DerivedFact
    {
        public override string Label => $"charge {Charge.Id} on file";
    }

    [Name("TST-0951")]
    [Description("Derives a fact but fires at the finding rules' priority.")]
    [Citation("Test Code", "Art. 951", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class UnorderedDerivationRule : PolicyRule
    {
        public override void Define()
        {
            Charge charge = default!;
            When().Match(() => charge);
            Then().Yield(_ => new ChargeOnFile(charge));
        }
    }

    [Name("TST-0952")]
    [Description("A finding rule that ranks itself above the others.")]
    [Citation("Test Code", "Art. 952", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    [Priority(5)]
    public sealed class RankedFindingRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            When().Match(() => request);
            Then().Yield(ctx => ctx.Note("Ranked.", request));
        }
    }

    [Name("TST-0953")]
    [Description("Claims to address an element, yet only informs.")]
    [Citation("Test Code", "Art. 953", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    [Addresses("penalty")]
    public sealed class AddressingNoteRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            When().Match(() => request);
            Then().Yield(ctx => ctx.Note("Noted.", request));
        }
    }
}

namespace PolicyRules.Tests.TestRuleSet.Retired
{
    [Name("TST-0960")]
    [Description("A rule that takes an ID the rule set retired.")]
    [Citation("Test Code", "Art. 960", Authority.Confirmed)]
    [EffectiveFrom("2000-01-01")]
    public sealed class ReusedIdRule : PolicyRule
    {
        public override void Define()
        {
            Request request = default!;
            When().Match(() => request);
            Then().Yield(ctx => ctx.Note("Reused.", request));
        }
    }
}
