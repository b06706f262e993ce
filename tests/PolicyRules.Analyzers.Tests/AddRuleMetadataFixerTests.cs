using PolicyRules.Analyzers.CodeFixes;
using Fixer = PolicyRules.Analyzers.Tests.VerifyFix<PolicyRules.Analyzers.RuleMetadataAnalyzer, PolicyRules.Analyzers.CodeFixes.AddRuleMetadataFixer>;

namespace PolicyRules.Analyzers.Tests;

public sealed class AddRuleMetadataFixerTests
{
    private const string Body = """
        {
            public override void Define() { }
        }
        """;

    [Fact]
    public Task MissingCitation_AddsUnconfirmedTodoCitation_WhichStillFails() => Fixer.Fix("""
        [Name("INT-0101"), Description("Minors go to review.")]
        [EffectiveFrom("2012-07-01")]
        public sealed class {|PR0005:MinorRule|} : PolicyRule
        """ + Body, """
        [Name("INT-0101"), Description("Minors go to review.")]
        [EffectiveFrom("2012-07-01")]
        [Citation({|PR0009:"TODO: instrument"|}, "TODO: pinpoint", Authority.Unconfirmed)]
        public sealed class MinorRule : PolicyRule
        """ + Body);

    [Fact]
    public Task NoAttributesAtAll_FixAllAddsEverySkeleton() => Fixer.Fix("""
        // Minors go to review.
        public sealed class {|PR0001:{|PR0004:{|PR0005:{|PR0006:MinorRule|}|}|}|} : PolicyRule
        """ + Body, """
        // Minors go to review.
        [Name({|PR0009:"TODO"|})]
        [Description({|PR0009:"TODO: say in one sentence what this rule decides"|})]
        [Citation({|PR0009:"TODO: instrument"|}, "TODO: pinpoint", Authority.Unconfirmed)]
        [EffectiveFrom({|PR0009:"TODO: yyyy-MM-dd"|})]
        public sealed class MinorRule : PolicyRule
        """ + Body, iterations: 4);

    [Fact]
    public Task MissingName_OnlyThatSkeleton() => Fixer.Fix("""
        [Description("Minors go to review.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01")]
        public sealed class {|PR0001:MinorRule|} : PolicyRule
        """ + Body, """
        [Description("Minors go to review.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01")]
        [Name({|PR0009:"TODO"|})]
        public sealed class MinorRule : PolicyRule
        """ + Body, equivalenceKey: "AddNameSkeleton");

    [Fact]
    public Task TwoClasses_FixAllInDocument() => Fixer.Fix("""
        [Name("INT-0101"), Description("One.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        public sealed class {|PR0006:FirstRule|} : PolicyRule
        """ + Body + """

        [Name("INT-0102"), Description("Two.")]
        [Citation("RPD", "Art. 84", Authority.Confirmed)]
        public sealed class {|PR0006:SecondRule|} : PolicyRule
        """ + Body, """
        [Name("INT-0101"), Description("One.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom({|PR0009:"TODO: yyyy-MM-dd"|})]
        public sealed class FirstRule : PolicyRule
        """ + Body + """

        [Name("INT-0102"), Description("Two.")]
        [Citation("RPD", "Art. 84", Authority.Confirmed)]
        [EffectiveFrom({|PR0009:"TODO: yyyy-MM-dd"|})]
        public sealed class SecondRule : PolicyRule
        """ + Body, equivalenceKey: "AddEffectiveFromSkeleton");

    [Fact]
    public void EquivalenceKeys_AreDistinctPerAttribute()
    {
        var fixer = new AddRuleMetadataFixer();
        Assert.Equal(4, fixer.FixableDiagnosticIds.Length);
        Assert.NotNull(fixer.GetFixAllProvider());
    }
}
