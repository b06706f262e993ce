using PolicyRules.Analyzers.CodeFixes;
using Fixer = PolicyRules.Analyzers.Tests.VerifyFix<PolicyRules.Analyzers.DeterminismAnalyzer, PolicyRules.Analyzers.CodeFixes.UseAsOfDateFixer>;

namespace PolicyRules.Analyzers.Tests;

public sealed class UseAsOfDateFixerTests
{
    [Fact]
    public Task BoundEvaluation_ReplacesClockRead() => Fixer.Fix(Snippets.Metadata + """
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                Evaluation asOf = null;
                Applicant applicant = null;
                When()
                    .Match(() => asOf)
                    .Match(() => applicant, a => a.BirthDate.AddYears(18) > {|PR0201:DateTime.Today|});
                Then().Yield(ctx => ctx.Review("minor", applicant));
            }
        }
        """ + Snippets.Facts, Snippets.Metadata + """
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                Evaluation asOf = null;
                Applicant applicant = null;
                When()
                    .Match(() => asOf)
                    .Match(() => applicant, a => a.BirthDate.AddYears(18) > asOf.AsOf.ToDateTime(TimeOnly.MinValue));
                Then().Yield(ctx => ctx.Review("minor", applicant));
            }
        }
        """ + Snippets.Facts, equivalenceKey: UseAsOfDateFixer.EquivalenceKey);

    [Fact]
    public Task NoEvaluation_DeclaresAndBindsIt_FixAllSharesOneBinding() => Fixer.Fix(Snippets.Metadata + """
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                Applicant applicant = null;
                When()
                    .Match(() => applicant, a => a.BirthDate.AddYears(18) > {|PR0201:DateTime.Now|});
                Then().Yield(ctx => ctx.Review("minor on " + {|PR0201:DateTime.UtcNow|}.ToString("yyyy-MM-dd"), applicant));
            }
        }
        """ + Snippets.Facts, Snippets.Metadata + """
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                Evaluation evaluation = null!;
                Applicant applicant = null;
                When().Match(() => evaluation)
                    .Match(() => applicant, a => a.BirthDate.AddYears(18) > evaluation.AsOf.ToDateTime(TimeOnly.MinValue));
                Then().Yield(ctx => ctx.Review("minor on " + evaluation.AsOf.ToDateTime(TimeOnly.MinValue).ToString("yyyy-MM-dd"), applicant));
            }
        }
        """ + Snippets.Facts, iterations: 2);

    [Fact]
    public Task DateOnlyOfClock_BecomesAsOfItself() => Fixer.Fix(Snippets.Metadata + """
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                Evaluation evaluation = null;
                Applicant applicant = null;
                When()
                    .Match(() => evaluation)
                    .Match(() => applicant, a => DateOnly.FromDateTime(a.BirthDate).AddYears(18) > DateOnly.FromDateTime({|PR0201:DateTime.Today|}));
                Then().Yield(ctx => ctx.Review("minor", applicant));
            }
        }
        """ + Snippets.Facts, Snippets.Metadata + """
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                Evaluation evaluation = null;
                Applicant applicant = null;
                When()
                    .Match(() => evaluation)
                    .Match(() => applicant, a => DateOnly.FromDateTime(a.BirthDate).AddYears(18) > evaluation.AsOf);
                Then().Yield(ctx => ctx.Review("minor", applicant));
            }
        }
        """ + Snippets.Facts);

    [Fact]
    public Task ClockReadInHelperOrOutsideLambda_NoFixOffered() => Fixer.Fix(Snippets.Metadata + """
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                var today = {|PR0201:DateTime.Today|};
                Applicant applicant = null;
                When().Match(() => applicant, a => a.BirthDate > today, a => IsMinor(a));
                Then().Yield(ctx => ctx.Review("minor", applicant));
            }

            private static bool IsMinor(Applicant a) => a.BirthDate.AddYears(18) > {|PR0201:DateTime.Today|};
        }
        """ + Snippets.Facts, Snippets.Metadata + """
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                var today = {|PR0201:DateTime.Today|};
                Applicant applicant = null;
                When().Match(() => applicant, a => a.BirthDate > today, a => IsMinor(a));
                Then().Yield(ctx => ctx.Review("minor", applicant));
            }

            private static bool IsMinor(Applicant a) => a.BirthDate.AddYears(18) > {|PR0201:DateTime.Today|};
        }
        """ + Snippets.Facts);

    [Fact]
    public Task OtherImpurity_NoFixOffered() => Fixer.Fix(Snippets.Metadata + """
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                Applicant applicant = null;
                When().Match(() => applicant, a => a.Age < {|PR0201:Random.Shared|}.Next(18));
                Then().Yield(ctx => ctx.Review("minor", applicant));
            }
        }
        """ + Snippets.Facts, Snippets.Metadata + """
        public sealed class MinorRule : PolicyRule
        {
            public override void Define()
            {
                Applicant applicant = null;
                When().Match(() => applicant, a => a.Age < {|PR0201:Random.Shared|}.Next(18));
                Then().Yield(ctx => ctx.Review("minor", applicant));
            }
        }
        """ + Snippets.Facts);
}
