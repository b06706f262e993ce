using Verifier = PolicyRules.Analyzers.Tests.Verify<PolicyRules.Analyzers.RuleMetadataAnalyzer>;

namespace PolicyRules.Analyzers.Tests;

public sealed class RuleMetadataAnalyzerTests
{
    private const string Body = """
        {
            public override void Define()
            {
                Applicant applicant = null;
                When().Match(() => applicant, a => a.Age < 18);
                Then().Yield(ctx => ctx.Review("minor", applicant));
            }
        }

        public sealed record Applicant(string Name, int Age);
        """;

    [Fact]
    public Task CompleteRule_NoDiagnostic() => Verifier.NoDiagnostics("""
        [Name("INT-0101"), Description("Minors go to review.")]
        [Citation("RPD", "Art. 83(1)(a)(ii)", Authority.Confirmed, Url = "https://example.invalid/rpd")]
        [EffectiveFrom("2012-07-01"), EffectiveUntil("2030-01-01")]
        public sealed class MinorRule : PolicyRule
        """ + Body);

    [Fact]
    public Task AbstractBaseWithoutMetadata_NoDiagnostic() => Verifier.NoDiagnostics("""
        public abstract class RuleBase : PolicyRule
        {
        }

        public sealed class NotARule
        {
        }
        """);

    [Fact]
    public Task MissingName_Diagnostic() => Verifier.Diagnostics("""
        [Description("Minors go to review.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01")]
        public sealed class {|#0:MinorRule|} : PolicyRule
        """ + Body,
        Verifier.Diagnostic(DiagnosticIds.MissingRuleId).WithLocation(0).WithArguments("MinorRule"));

    [Fact]
    public Task RuleDerivingFromNRulesDirectly_IsARuleClass_Diagnostic() => Verifier.Diagnostics("""
        [Name("INT-0101"), Description("Minors go to review.")]
        [EffectiveFrom("2012-07-01")]
        public sealed class {|PR0005:MinorRule|} : Rule
        """ + Body);

    [Theory]
    [InlineData("int-0101")]
    [InlineData("I-0101")]
    [InlineData("INTERP-0101")]
    [InlineData("INT-101")]
    [InlineData("INT-01010")]
    [InlineData("INT_0101")]
    [InlineData("")]
    public Task MalformedId_Diagnostic(string id) => Verifier.Diagnostics($$"""
        [Name({|#0:"{{id}}"|}), Description("Minors go to review.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01")]
        public sealed class MinorRule : PolicyRule
        """ + Body,
        Verifier.Diagnostic(DiagnosticIds.RuleIdPattern).WithLocation(0).WithArguments("MinorRule", id));

    [Theory]
    [InlineData("AB-0000")]
    [InlineData("ABCDE-9999")]
    public Task WellFormedIdAtTheEdges_NoDiagnostic(string id) => Verifier.NoDiagnostics($$"""
        [Name("{{id}}"), Description("Minors go to review.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01")]
        public sealed class MinorRule : PolicyRule
        """ + Body);

    [Fact]
    public Task DuplicateIds_DiagnosticOnEach() => Verifier.Diagnostics("""
        [Name({|#0:"INT-0101"|}), Description("One.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01")]
        public sealed class FirstRule : PolicyRule
        {
            public override void Define() { }
        }

        [Name({|#1:"INT-0101"|}), Description("Two.")]
        [Citation("RPD", "Art. 84", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01")]
        public sealed class SecondRule : PolicyRule
        {
            public override void Define() { }
        }
        """,
        Verifier.Diagnostic(DiagnosticIds.DuplicateRuleId).WithLocation(0).WithLocation(1).WithArguments("FirstRule", "INT-0101", "'SecondRule'"),
        Verifier.Diagnostic(DiagnosticIds.DuplicateRuleId).WithLocation(1).WithLocation(0).WithArguments("SecondRule", "INT-0101", "'FirstRule'"));

    [Fact]
    public Task DistinctIds_NoDiagnostic() => Verifier.NoDiagnostics("""
        [Name("INT-0101"), Description("One.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01")]
        public sealed class FirstRule : PolicyRule
        {
            public override void Define() { }
        }

        [Name("INT-0102"), Description("Two.")]
        [Citation("RPD", "Art. 84", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01")]
        public sealed class SecondRule : PolicyRule
        {
            public override void Define() { }
        }
        """);

    [Theory]
    [InlineData("")]
    [InlineData("[Description(\"\")]")]
    [InlineData("[Description(\"   \")]")]
    public Task MissingOrEmptyDescription_Diagnostic(string description) => Verifier.Diagnostics($$"""
        [Name("INT-0101")]
        {{description}}
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01")]
        public sealed class {|#0:MinorRule|} : PolicyRule
        """ + Body,
        Verifier.Diagnostic(DiagnosticIds.MissingDescription).WithLocation(0).WithArguments("MinorRule"));

    [Theory]
    [InlineData("")]
    [InlineData("[Citation(\"\", \"Art. 83\", Authority.Confirmed)]")]
    [InlineData("[Citation(\"RPD\", \" \", Authority.Confirmed)]")]
    public Task MissingOrEmptyCitation_Diagnostic(string citation) => Verifier.Diagnostics($$"""
        [Name("INT-0101"), Description("Minors go to review.")]
        {{citation}}
        [EffectiveFrom("2012-07-01")]
        public sealed class {|#0:MinorRule|} : PolicyRule
        """ + Body,
        Verifier.Diagnostic(DiagnosticIds.MissingCitation).WithLocation(0).WithArguments("MinorRule"));

    [Fact]
    public Task SeveralCitations_OneEnough_NoDiagnostic() => Verifier.NoDiagnostics("""
        [Name("INT-0101"), Description("Minors go to review.")]
        [Citation("", "", Authority.Unconfirmed)]
        [Citation("RPD", "Art. 83", Authority.Secondary)]
        [EffectiveFrom("2012-07-01")]
        public sealed class MinorRule : PolicyRule
        """ + Body);

    [Fact]
    public Task MissingEffectiveFrom_EvenWithUntil_Diagnostic() => Verifier.Diagnostics("""
        [Name("INT-0101"), Description("Minors go to review.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveUntil("2030-01-01")]
        public sealed class {|#0:MinorRule|} : PolicyRule
        """ + Body,
        Verifier.Diagnostic(DiagnosticIds.MissingEffectiveFrom).WithLocation(0).WithArguments("MinorRule"));

    [Theory]
    [InlineData("01/07/2012")]
    [InlineData("2012-7-1")]
    [InlineData("2023-02-29")]
    [InlineData("2012-07-01T00:00:00")]
    public Task UnparsableEffectiveFrom_Diagnostic(string date) => Verifier.Diagnostics($$"""
        [Name("INT-0101"), Description("Minors go to review.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom({|#0:"{{date}}"|})]
        public sealed class MinorRule : PolicyRule
        """ + Body,
        Verifier.Diagnostic(DiagnosticIds.InvalidEffectiveDate).WithLocation(0).WithArguments("MinorRule", "EffectiveFrom", date));

    [Fact]
    public Task UnparsableEffectiveUntil_Diagnostic() => Verifier.Diagnostics("""
        [Name("INT-0101"), Description("Minors go to review.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01"), EffectiveUntil({|#0:"2030-13-01"|})]
        public sealed class MinorRule : PolicyRule
        """ + Body,
        Verifier.Diagnostic(DiagnosticIds.InvalidEffectiveDate).WithLocation(0).WithArguments("MinorRule", "EffectiveUntil", "2030-13-01"));

    [Fact]
    public Task LeapDay_NoDiagnostic() => Verifier.NoDiagnostics("""
        [Name("INT-0101"), Description("Minors go to review.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2024-02-29")]
        public sealed class MinorRule : PolicyRule
        """ + Body);

    [Fact]
    public Task UntilBeforeFrom_Diagnostic() => Verifier.Diagnostics("""
        [Name("INT-0101"), Description("Minors go to review.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01"), EffectiveUntil({|#0:"2012-06-30"|})]
        public sealed class MinorRule : PolicyRule
        """ + Body,
        Verifier.Diagnostic(DiagnosticIds.EffectiveUntilBeforeFrom).WithLocation(0).WithArguments("MinorRule", "2012-06-30", "2012-07-01"));

    [Fact]
    public Task UntilOnFromDay_NoDiagnostic() => Verifier.NoDiagnostics("""
        [Name("INT-0101"), Description("Minors go to review.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01"), EffectiveUntil("2012-07-01")]
        public sealed class MinorRule : PolicyRule
        """ + Body);

    [Fact]
    public Task Placeholders_DiagnosticEach() => Verifier.Diagnostics("""
        [Name({|#0:"TODO"|}), Description({|#1:"TODO: say what this rule decides"|})]
        [Citation({|#2:"TODO: instrument"|}, "TODO: pinpoint", Authority.Unconfirmed)]
        [EffectiveFrom({|#3:"TODO: yyyy-MM-dd"|})]
        public sealed class MinorRule : PolicyRule
        """ + Body,
        Verifier.Diagnostic(DiagnosticIds.PlaceholderMetadata).WithLocation(0).WithArguments("MinorRule", "Name", "TODO"),
        Verifier.Diagnostic(DiagnosticIds.PlaceholderMetadata).WithLocation(1).WithArguments("MinorRule", "Description", "TODO: say what this rule decides"),
        Verifier.Diagnostic(DiagnosticIds.PlaceholderMetadata).WithLocation(2).WithArguments("MinorRule", "Citation", "TODO: instrument"),
        Verifier.Diagnostic(DiagnosticIds.PlaceholderMetadata).WithLocation(3).WithArguments("MinorRule", "EffectiveFrom", "TODO: yyyy-MM-dd"));

    [Fact]
    public Task TodoInsideText_NoDiagnostic() => Verifier.NoDiagnostics("""
        [Name("INT-0101"), Description("Sends to review applications whose to-do list says TODO.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01")]
        public sealed class MinorRule : PolicyRule
        """ + Body);

    [Theory]
    [InlineData("INT-0101", true)]
    [InlineData("ABCDE-0000", true)]
    [InlineData("ABCDEF-0000", false)]
    [InlineData("A-0000", false)]
    [InlineData("AB-000", false)]
    [InlineData("AB-00000", false)]
    [InlineData("Ab-0000", false)]
    [InlineData("AB-00a0", false)]
    [InlineData("AB0000", false)]
    [InlineData(null, false)]
    public void IsWellFormedRuleId_MatchesDocumentedPattern(string? id, bool expected) =>
        Assert.Equal(expected, RuleMetadataAnalyzer.IsWellFormedRuleId(id));
}
