using Verifier = PolicyRules.Analyzers.Tests.Verify<PolicyRules.Analyzers.SecondaryValueAnalyzer>;

namespace PolicyRules.Analyzers.Tests;

public sealed class SecondaryValueAnalyzerTests
{
    private static string Rule(string condition, string then, string authority = "Secondary") => $$"""
        public static class Law
        {
            [Sourced("Practitioner article", Authority.{{authority}})]
            public const int FloorUsd = 10_000;

            public const int ConfirmedAge = 18;
        }

        [Name("INT-0101"), Description("A test rule.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01")]
        public sealed class FloorRule : PolicyRule
        {
            public override void Define()
            {
                Applicant applicant = null;
                When().Match(() => applicant, a => {{condition}});
                Then(){{then}};
            }
        }
        """ + Snippets.Facts;

    [Theory]
    [InlineData(".Yield(ctx => ctx.Allow(\"clears\", applicant))", "Allow")]
    [InlineData(".Yield(ctx => ctx.Deny(\"refused\", applicant))", "Deny")]
    [InlineData(".Yield(ctx => new Eligible(applicant))", "derived fact Eligible")]
    public Task DecidingOnSecondaryValue_Diagnostic(string then, string yields) => Verifier.Diagnostics(
        Rule("a.Age < Law.{|#0:FloorUsd|}", then),
        Verifier.Diagnostic(DiagnosticIds.ConditionOnSecondaryValue).WithLocation(0)
            .WithArguments("FloorRule", "Law.FloorUsd", "Practitioner article, secondary", yields));

    [Fact]
    public Task UnconfirmedValue_Diagnostic() => Verifier.Diagnostics(
        Rule("a.Age < Law.{|#0:FloorUsd|}", ".Yield(ctx => ctx.Allow(\"clears\", applicant))", "Unconfirmed"),
        Verifier.Diagnostic(DiagnosticIds.ConditionOnSecondaryValue).WithLocation(0)
            .WithArguments("FloorRule", "Law.FloorUsd", "Practitioner article, unconfirmed", "Allow"));

    [Theory]
    [InlineData(".Yield(ctx => ctx.Review(\"an analyst decides\", applicant))")]
    [InlineData(".Yield(ctx => ctx.Note(\"reported floor\", applicant))")]
    public Task ReviewOnSecondaryValue_NoDiagnostic(string then) => Verifier.NoDiagnostics(Rule("a.Age < Law.FloorUsd", then));

    [Fact]
    public Task ConfirmedValue_NoDiagnostic() => Verifier.NoDiagnostics(
        Rule("a.Age < Law.FloorUsd", ".Yield(ctx => ctx.Allow(\"clears\", applicant))", "Confirmed"));

    [Fact]
    public Task SecondaryValueOnlyInReasonText_NoDiagnostic() => Verifier.NoDiagnostics(
        Rule("a.Age < Law.ConfirmedAge", ".Yield(ctx => ctx.Allow($\"clears; the reported floor is {Law.FloorUsd}\", applicant))"));
}
