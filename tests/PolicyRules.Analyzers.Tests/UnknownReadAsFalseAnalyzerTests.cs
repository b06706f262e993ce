using Verifier = PolicyRules.Analyzers.Tests.Verify<PolicyRules.Analyzers.UnknownReadAsFalseAnalyzer>;

namespace PolicyRules.Analyzers.Tests;

public sealed class UnknownReadAsFalseAnalyzerTests
{
    private static string Rule(string condition, string then) => $$"""
        [Name("INT-0101"), Description("A test rule.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01")]
        internal sealed class WarrantRule : PolicyRule
        {
            public override void Define()
            {
                Warrant warrant = null;
                When().Match(() => warrant, w => {{condition}});
                Then(){{then}};
            }
        }

        public sealed record Warrant(bool? Valid, string Reference);
        """ + Snippets.Facts;

    private const string Deny = ".Yield(ctx => ctx.Deny(\"no valid warrant\", warrant))";
    private const string Allow = ".Yield(ctx => ctx.Allow(\"valid warrant\", warrant))";

    [Theory]
    [InlineData("{|#0:w.Valid != true|}", Deny, "w.Valid != true")]
    [InlineData("{|#0:true != w.Valid|}", Deny, "true != w.Valid")]
    [InlineData("!({|#0:w.Valid ?? false|})", Deny, "w.Valid ?? false")]
    [InlineData("{|#0:w.Valid ?? true|}", Allow, "w.Valid ?? true")]
    public Task DecidingRuleReadsUnknownAsFalse_Diagnostic(string condition, string then, string read) => Verifier.Diagnostics(Rule(condition, then),
        Verifier.Diagnostic(DiagnosticIds.UnknownReadAsFalse).WithLocation(0).WithArguments("WarrantRule", read));

    [Theory]
    [InlineData("w.Valid == false", Deny)]
    [InlineData("w.Valid == true", Allow)]
    [InlineData("w.Valid != true", ".Yield(ctx => ctx.Review(\"validity not confirmed\", warrant))")]
    [InlineData("w.Valid != true", ".Yield(ctx => warrant.Valid == false ? ctx.Deny(\"not in force\", warrant) : ctx.Ask(new PolicyRules.Question(\"Is it in force?\"), \"unknown\", warrant))")]
    [InlineData("w.Reference != null", Deny)]
    public Task StatedValuesOnlyOrAnUnknownBranch_NoDiagnostic(string condition, string then) => Verifier.NoDiagnostics(Rule(condition, then));
}
