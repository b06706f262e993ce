using Verifier = PolicyRules.Analyzers.Tests.Verify<PolicyRules.Analyzers.DeterminismAnalyzer>;

namespace PolicyRules.Analyzers.Tests;

public sealed class DeterminismAnalyzerTests
{
    [Fact]
    public Task ClockInCondition_Diagnostic() => Verifier.Diagnostics(Snippets.Metadata + """
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                Applicant applicant = null;
                When().Match(() => applicant, a => a.BirthDate.AddYears(18) > {|#0:DateTime.Today|});
                Then().Yield(ctx => ctx.Review("minor", applicant));
            }
        }
        """ + Snippets.Facts,
        Verifier.Diagnostic(DiagnosticIds.NonDeterministicCall).WithLocation(0)
            .WithArguments("MinorRule", "DateTime.Today", "clock", "take the date from the case's Evaluation fact (evaluation.AsOf) instead"));

    [Theory]
    [InlineData("{|#0:DateTime.UtcNow|}", "DateTime.UtcNow", "clock")]
    [InlineData("{|#0:DateTimeOffset.Now|}.Year", "DateTimeOffset.Now", "clock")]
    [InlineData("{|#0:new Random()|}.Next()", "new Random", "randomness")]
    [InlineData("{|#0:Random.Shared|}.Next()", "Random.Shared", "randomness")]
    [InlineData("{|#0:Guid.NewGuid()|}.ToString()", "Guid.NewGuid", "GUID generation")]
    [InlineData("{|#0:Environment.GetEnvironmentVariable(\"AGE\")|}", "Environment.GetEnvironmentVariable", "environment")]
    [InlineData("{|#0:System.IO.File.ReadAllText(\"age.txt\")|}", "File.ReadAllText", "file system I/O")]
    [InlineData("{|#0:Console.ReadLine()|}", "Console.ReadLine", "console I/O")]
    [InlineData("{|#0:System.Diagnostics.Stopwatch.GetTimestamp()|}", "Stopwatch.GetTimestamp", "clock")]
    [InlineData("{|#0:Counter|}", "MinorRule.Counter", "static mutable state")]
    [InlineData("{|#0:System.Threading.Tasks.Task.Delay(10)|}", "Task.Delay", "sleeping")]
    public Task ImpureExpressionInAction_Diagnostic(string expression, string member, string category) => Verifier.Diagnostics(Snippets.Metadata + $$"""
        public sealed class MinorRule : PolicyRule
        {
            private static int Counter;

            public override void Define()
            {
                Applicant applicant = null;
                When().Match(() => applicant);
                Then().Yield(ctx => ctx.Note("seen", applicant, {{expression}}));
            }
        }
        """ + Snippets.Facts,
        Verifier.Diagnostic(DiagnosticIds.NonDeterministicCall).WithLocation(0).WithArguments("MinorRule", member, category, DeterminismAnalyzer.Advice[category]));

    [Fact]
    public Task ImpureHelperReachedFromDefine_Diagnostic() => Verifier.Diagnostics(Snippets.Metadata + """
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                Applicant applicant = null;
                When().Match(() => applicant, a => IsMinor(a));
                Then().Yield(ctx => ctx.Review("minor", applicant));
            }

            private static bool IsMinor(Applicant a) => AgeOf(a) < 18;

            private static int AgeOf(Applicant a) => {|#0:DateTime.Now|}.Year - a.BirthDate.Year;
        }
        """ + Snippets.Facts,
        Verifier.Diagnostic(DiagnosticIds.NonDeterministicCall).WithLocation(0)
            .WithArguments("MinorRule", "DateTime.Now", "clock", "take the date from the case's Evaluation fact (evaluation.AsOf) instead"));

    [Fact]
    public Task LoggingInAction_Diagnostic() => Verifier.Diagnostics(Snippets.Metadata + """
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                Applicant applicant = null;
                When().Match(() => applicant, a => Log(a));
                Then().Yield(ctx => ctx.Review("minor", applicant));
            }

            private static bool Log(Applicant a)
            {
                {|#0:System.Diagnostics.Debug.WriteLine(a.Name)|};
                return true;
            }
        }
        """ + Snippets.Facts,
        Verifier.Diagnostic(DiagnosticIds.NonDeterministicCall).WithLocation(0)
            .WithArguments("MinorRule", "Debug.WriteLine", "logging", "remove it; the verdict's explanation already records which rules fired and why"));

    [Fact]
    public Task PureDateArithmetic_ReadonlyStatics_UnreachedHelper_NoDiagnostic() => Verifier.NoDiagnostics(Snippets.Metadata + """
        public sealed class MinorRule : PolicyRule
        {
            private static readonly DateTime Cutoff = new(2012, 7, 1);
            private const int Majority = 18;

            public override void Define()
            {
                Applicant applicant = null;
                Evaluation evaluation = null;
                When()
                    .Match(() => evaluation)
                    .Match(() => applicant, a => a.BirthDate.AddYears(Majority) > evaluation.AsOf.ToDateTime(TimeOnly.MinValue), a => a.BirthDate > Cutoff);
                Then().Yield(ctx => ctx.Review("minor " + DateTime.Parse("2012-07-01", System.Globalization.CultureInfo.InvariantCulture), applicant));
            }

            // Not reached from Define(): diagnostics tooling, not rule logic.
            public static string Describe() => "Evaluated at " + DateTime.Now;
        }

        public static class NotARule
        {
            public static DateTime Now() => DateTime.Now;
        }
        """ + Snippets.Facts);
}
