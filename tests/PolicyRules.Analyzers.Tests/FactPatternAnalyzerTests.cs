using Verifier = PolicyRules.Analyzers.Tests.Verify<PolicyRules.Analyzers.FactPatternAnalyzer>;

namespace PolicyRules.Analyzers.Tests;

public sealed class FactPatternAnalyzerTests
{
    private const string Types = """

        public sealed class MutableApplicant
        {
            public int Age { get; set; }
        }

        public class Person
        {
            public string Name { get; internal set; }
        }

        public sealed class Employee : Person
        {
            public int Grade { get; init; }
        }

        public sealed class WithField
        {
            public int Age;
        }

        public sealed class ImmutableClass
        {
            public ImmutableClass(int age) { Age = age; Name = ""; }
            public int Age { get; private set; }
            public string Name { get; }
            public readonly int Grade;
            public static int Count;
        }

        public sealed record Applicant(string Name, int Age);

        public sealed record Eligible(Applicant Applicant) : DerivedFact;

        public sealed record Ineligible(Applicant Applicant) : DerivedFact;
        """;

    private static string Rule(string when, string then = ".Yield(ctx => ctx.Note(\"seen\"))") => Snippets.Metadata + $$"""
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                When(){{when}};
                Then(){{then}};
            }
        }
        """ + Types;

    [Theory]
    [InlineData(".{|#0:Match<MutableApplicant>|}(a => a.Age < 18)", "MutableApplicant", "property 'Age' has a setter")]
    [InlineData(".{|#0:Exists<Employee>|}()", "Employee", "property 'Name' has a setter")]
    [InlineData(".{|#0:Not<WithField>|}()", "WithField", "public field 'Age' is not readonly")]
    [InlineData(".{|#0:All<MutableApplicant>|}(a => a.Age > 0)", "MutableApplicant", "property 'Age' has a setter")]
    [InlineData(".Query(() => all, q => q.{|#0:Match<MutableApplicant>|}().Collect())", "MutableApplicant", "property 'Age' has a setter")]
    public Task MutableFactInPattern_Diagnostic(string when, string type, string reason) => Verifier.Diagnostics(
        Rule(when).Replace("When()", "IEnumerable<MutableApplicant> all = null;\n        When()").Replace("using", "using"),
        Verifier.Diagnostic(DiagnosticIds.MutableFact).WithLocation(0).WithArguments("MinorRule", type, reason));

    [Theory]
    [InlineData(".Match<Applicant>(a => a.Age < 18)")]
    [InlineData(".Match<ImmutableClass>(a => a.Age < 18)")]
    [InlineData(".Exists<Eligible>()")]
    [InlineData(".Match<string>(s => s.Length > 0)")]
    public Task ImmutableFactInPattern_NoDiagnostic(string when) => Verifier.NoDiagnostics(Rule(when));

    [Fact]
    public Task NotFindingAndYieldFinding_Diagnostic() => Verifier.Diagnostics(
        Rule("""
            .Match<Applicant>(a => a.Age < 18).{|#0:Not<PolicyRules.Finding>|}()
            """, """.Yield(ctx => ctx.Review("minor"))"""),
        Verifier.Diagnostic(DiagnosticIds.NotYieldLoop).WithLocation(0).WithArguments("MinorRule", "Finding", "Finding"));

    [Fact]
    public Task NotBaseTypeAndYieldDerived_Diagnostic() => Verifier.Diagnostics(
        Rule("""
            .Match(() => applicant).{|#0:Not<DerivedFact>|}()
            """, """.Yield(ctx => new Eligible(applicant))""").Replace("When()", "Applicant applicant = null;\n        When()"),
        Verifier.Diagnostic(DiagnosticIds.NotYieldLoop).WithLocation(0).WithArguments("MinorRule", "DerivedFact", "Eligible"));

    [Fact]
    public Task NotAndInsertSameType_Diagnostic() => Verifier.Diagnostics(
        Rule("""
            .Match(() => applicant).{|#0:Not<Eligible>|}()
            """, """.Do(ctx => ctx.Insert(new Eligible(applicant)))""").Replace("When()", "Applicant applicant = null;\n        When()"),
        Verifier.Diagnostic(DiagnosticIds.NotYieldLoop).WithLocation(0).WithArguments("MinorRule", "Eligible", "Eligible"));

    [Fact]
    public Task NotOtherTypeOrExistsSameType_NoDiagnostic() => Verifier.NoDiagnostics(
        Rule("""
            .Match(() => applicant).Not<Ineligible>(i => i.Applicant == applicant).Exists<Eligible>()
            """, """.Yield(ctx => new Eligible(applicant))""").Replace("When()", "Applicant applicant = null;\n        When()"));
}
