using Verifier = PolicyRules.Analyzers.Tests.Verify<PolicyRules.Analyzers.ThenActionAnalyzer>;

namespace PolicyRules.Analyzers.Tests;

public sealed class ThenActionAnalyzerTests
{
    private static string Rule(string then, string citations = """[Citation("RPD", "Art. 83", Authority.Confirmed)]""") => $$"""
        [Name("INT-0101"), Description("A test rule.")]
        {{citations}}
        [EffectiveFrom("2012-07-01")]
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                Applicant applicant = null;
                When().Match(() => applicant, a => a.Age < 18);
                Then(){{then}};
            }
        }

        public sealed record Other(Applicant Applicant);
        """ + Snippets.Facts;

    [Theory]
    [InlineData(".{|#0:Do|}(ctx => ctx.Insert(new Other(applicant)))", ".Do(...)")]
    [InlineData(".{|#0:Action|}(ctx => ctx.Halt(), NRules.RuleModel.ActionTrigger.Activated)", ".Action(...)")]
    [InlineData(".Yield(ctx => ctx.Note(\"minor\", applicant)).{|#0:Undo|}(ctx => ctx.Retract(applicant))", ".Undo(...)")]
    public Task NonYieldAction_Diagnostic(string then, string what) => Verifier.Diagnostics(Rule(then),
        Verifier.Diagnostic(DiagnosticIds.DisallowedAction).WithLocation(0).WithArguments("MinorRule", what));

    [Fact]
    public Task YieldOfPlainObject_Diagnostic() => Verifier.Diagnostics(Rule(".Yield(ctx => {|#0:new Other(applicant)|})"),
        Verifier.Diagnostic(DiagnosticIds.DisallowedAction).WithLocation(0).WithArguments("MinorRule", "a Yield of 'new Other(applicant)'"));

    [Fact]
    public Task ConditionalWithAPlainObjectBranch_Diagnostic() => Verifier.Diagnostics(Rule(".Yield<object>(ctx => applicant.Age < 0 ? ctx.Deny(\"minor\", applicant) : {|#0:new Other(applicant)|})"),
        Verifier.Diagnostic(DiagnosticIds.DisallowedAction).WithLocation(0).WithArguments("MinorRule", "a Yield of 'new Other(applicant)'"));

    [Fact]
    public Task YieldOfExistingFact_Diagnostic() => Verifier.Diagnostics(Rule(".Yield(ctx => {|#0:applicant|})"),
        Verifier.Diagnostic(DiagnosticIds.DisallowedAction).WithLocation(0).WithArguments("MinorRule", "a Yield of 'applicant'"));

    [Fact]
    public Task YieldOfHelperCall_Diagnostic() => Verifier.Diagnostics(Rule(".Yield(ctx => {|#0:Helpers.Make(ctx)|})") + """

        public static class Helpers
        {
            public static PolicyRules.Finding Make(NRules.RuleModel.IContext ctx) => ctx.Review("indirect");
        }
        """,
        Verifier.Diagnostic(DiagnosticIds.DisallowedAction).WithLocation(0).WithArguments("MinorRule", "a Yield of 'Helpers.Make(ctx)'"));

    [Theory]
    [InlineData(".Yield(ctx => ctx.Deny(\"minor\", applicant))")]
    [InlineData(".Yield(ctx => ctx.Review(\"minor\"))")]
    [InlineData(".Yield(ctx => ctx.Allow(\"adult\", applicant))")]
    [InlineData(".Yield(ctx => ctx.Note(\"seen\"))")]
    [InlineData(".Yield(ctx => new Eligible(applicant))")]
    [InlineData(".Yield(ctx => new Eligible(applicant), (ctx, old) => new Eligible(applicant))")]
    [InlineData(".Yield(ctx => ctx.Note(\"seen\")).Yield(ctx => new Eligible(applicant))")]
    [InlineData(".Yield(ctx => ctx.Ask(new PolicyRules.Question(\"Is the applicant 18?\", new PolicyRules.Answer(\"no\", \"$.age\", \"17\")), \"age unknown\", applicant))")]
    [InlineData(".Yield(ctx => applicant.Age < 0 ? ctx.Deny(\"minor\", applicant) : ctx.Ask(new PolicyRules.Question(\"Is the applicant 18?\"), \"age unknown\"))")]
    public Task YieldOfFindingOrDerivedFact_NoDiagnostic(string then) => Verifier.NoDiagnostics(Rule(then));

    [Theory]
    [InlineData("Deny")]
    [InlineData("Allow")]
    public Task DecidingOnSecondaryAuthority_Diagnostic(string effect) => Verifier.Diagnostics(
        Rule($$""".Yield(ctx => {|#0:ctx.{{effect}}("minor", applicant)|})""",
            """[Citation("Handbook", "p. 12", Authority.Secondary), Citation("Blog", "post", Authority.Unconfirmed)]"""),
        Verifier.Diagnostic(DiagnosticIds.DecidingEffectWithoutAuthority).WithLocation(0).WithArguments("MinorRule", effect));

    [Fact]
    public Task ReviewOnSecondaryAuthority_NoDiagnostic() => Verifier.NoDiagnostics(
        Rule(""".Yield(ctx => ctx.Review("minor", applicant)).Yield(ctx => ctx.Note("why"))""",
            """[Citation("Handbook", "p. 12", Authority.Secondary)]"""));

    [Fact]
    public Task DenyWithOneConfirmedCitation_NoDiagnostic() => Verifier.NoDiagnostics(
        Rule(""".Yield(ctx => ctx.Deny("minor", applicant))""",
            """[Citation("Handbook", "p. 12", Authority.Secondary), Citation("RPD", "Art. 83", Authority.Confirmed)]"""));
}
