using PolicyRules.Analyzers.CodeFixes;
using Fixer = PolicyRules.Analyzers.Tests.VerifyFix<PolicyRules.Analyzers.RuleShapeAnalyzer, PolicyRules.Analyzers.CodeFixes.MakeRuleInternalSealedFixer>;

namespace PolicyRules.Analyzers.Tests;

public sealed class MakeRuleInternalSealedFixerTests
{
    private const string Body = """
        {
            public override void Define() { }
        }
        """;

    [Theory]
    [InlineData("public class", "internal sealed class")]
    [InlineData("internal class", "internal sealed class")]
    [InlineData("class", "internal sealed class")]
    [InlineData("public partial class", "internal sealed partial class")]
    [InlineData("public sealed class", "internal sealed class")]
    public Task Modifiers_BecomeInternalSealed(string before, string after) => Fixer.Fix(
        Snippets.Metadata + before + " {|PR0101:MinorRule|} : PolicyRule\n" + Body,
        Snippets.Metadata + after + " MinorRule : PolicyRule\n" + Body,
        equivalenceKey: MakeRuleInternalSealedFixer.EquivalenceKey);

    [Fact]
    public Task NoAttributes_KeepsLeadingComment() => Fixer.Fix("""
        // A rule without metadata, for this test only.
        class {|PR0101:MinorRule|} : PolicyRule
        """ + Body, """
        // A rule without metadata, for this test only.
        internal sealed class MinorRule : PolicyRule
        """ + Body);

    [Fact]
    public Task TwoRules_FixAll() => Fixer.Fix(
        Snippets.Metadata + "class {|PR0101:FirstRule|} : PolicyRule\n" + Body + "\n\n"
            + Snippets.Metadata.Replace("0101", "0102") + "internal class {|PR0101:SecondRule|} : PolicyRule\n" + Body,
        Snippets.Metadata + "internal sealed class FirstRule : PolicyRule\n" + Body + "\n\n"
            + Snippets.Metadata.Replace("0101", "0102") + "internal sealed class SecondRule : PolicyRule\n" + Body);
}
