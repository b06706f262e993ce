using PolicyRules.Analyzers.CodeFixes;
using Fixer = PolicyRules.Analyzers.Tests.VerifyFix<PolicyRules.Analyzers.RuleShapeAnalyzer, PolicyRules.Analyzers.CodeFixes.MakeRulePublicSealedFixer>;

namespace PolicyRules.Analyzers.Tests;

public sealed class MakeRulePublicSealedFixerTests
{
    private const string Body = """
        {
            public override void Define() { }
        }
        """;

    [Theory]
    [InlineData("public class", "public sealed class")]
    [InlineData("internal class", "public sealed class")]
    [InlineData("class", "public sealed class")]
    [InlineData("sealed partial class", "public sealed partial class")]
    [InlineData("internal sealed class", "public sealed class")]
    public Task Modifiers_BecomePublicSealed(string before, string after) => Fixer.Fix(
        Snippets.Metadata + before + " {|PR0101:MinorRule|} : PolicyRule\n" + Body,
        Snippets.Metadata + after + " MinorRule : PolicyRule\n" + Body,
        equivalenceKey: MakeRulePublicSealedFixer.EquivalenceKey);

    [Fact]
    public Task NoAttributes_KeepsLeadingComment() => Fixer.Fix("""
        // A rule without metadata, for this test only.
        class {|PR0101:MinorRule|} : PolicyRule
        """ + Body, """
        // A rule without metadata, for this test only.
        public sealed class MinorRule : PolicyRule
        """ + Body);

    [Fact]
    public Task TwoRules_FixAll() => Fixer.Fix(
        Snippets.Metadata + "class {|PR0101:FirstRule|} : PolicyRule\n" + Body + "\n\n"
            + Snippets.Metadata.Replace("0101", "0102") + "internal class {|PR0101:SecondRule|} : PolicyRule\n" + Body,
        Snippets.Metadata + "public sealed class FirstRule : PolicyRule\n" + Body + "\n\n"
            + Snippets.Metadata.Replace("0101", "0102") + "public sealed class SecondRule : PolicyRule\n" + Body);
}
