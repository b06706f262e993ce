using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using PolicyRules.Json;

namespace PolicyRules.Snapshots;

/// <summary>A coverage gap a rule set's team knows about: one line of its <c>coverage-gaps.txt</c>.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Kind"><see cref="CoverageGaps.FiresInNoScenario"/> or <see cref="CoverageGaps.NoNearMiss"/>.</param>
/// <param name="Why">Why the gap stays open, when the line says.</param>
/// <param name="Source">Where the line is: "path:line".</param>
public sealed record CoverageGap(string RuleId, string Kind, string? Why, string Source);

/// <summary>A coverage problem: a gap nobody listed, a listed gap that has closed, or a line that names no rule.</summary>
public sealed record GapProblem(string RuleId, string Message);

/// <summary>The corpus's coverage held against the known gaps.</summary>
public sealed record GapCheck(ImmutableArray<CoverageGap> Known, ImmutableArray<GapProblem> Problems)
{
    /// <summary>No unlisted gap, no closed listing, no bad line.</summary>
    public bool Passed => Problems.IsEmpty;
}

/// <summary>
/// The one list of known rule-coverage gaps, read by <c>policyrules coverage</c> and by the test suite alike: each rule-set
/// project keeps a <c>coverage-gaps.txt</c> beside its <c>Scenarios/</c> folder, one gap per line
/// (<c>&lt;rule ID&gt; fires-in-no-scenario|no-near-miss [why]</c>, <c>#</c> comments). An unlisted gap fails, and so does a
/// listed gap that has closed, so the list only ever shrinks.
/// </summary>
public static class CoverageGaps
{
    /// <summary>The file name, in the rule-set project folder.</summary>
    public const string FileName = "coverage-gaps.txt";

    /// <summary>The rule fires in no scenario.</summary>
    public const string FiresInNoScenario = "fires-in-no-scenario";

    /// <summary>The rule has no near-miss scenario.</summary>
    public const string NoNearMiss = "no-near-miss";

    /// <summary>Reads the known gaps from the files that exist among <paramref name="files"/>.</summary>
    public static ImmutableArray<CoverageGap> Read(IEnumerable<string> files)
    {
        var gaps = ImmutableArray.CreateBuilder<CoverageGap>();
        foreach (var file in files.Where(File.Exists))
        {
            var number = 0;
            foreach (var raw in File.ReadLines(file))
            {
                number++;
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                gaps.Add(new CoverageGap(parts[0], parts.Length > 1 ? parts[1] : string.Empty, parts.Length > 2 ? parts[2] : null, $"{file}:{number}"));
            }
        }

        return gaps.ToImmutable();
    }

    /// <summary>The gaps of <paramref name="report"/> held against <paramref name="known"/>.</summary>
    public static GapCheck Check(CoverageReport report, ImmutableArray<CoverageGap> known, string scenarioFolder)
    {
        var problems = ImmutableArray.CreateBuilder<GapProblem>();
        foreach (var gap in known)
        {
            if (report.For(gap.RuleId) is null)
            {
                problems.Add(new GapProblem(gap.RuleId, $"{gap.Source}: `{gap.RuleId}` is not a rule of these rule sets; delete the line."));
            }
            else if (gap.Kind is not (FiresInNoScenario or NoNearMiss))
            {
                problems.Add(new GapProblem(gap.RuleId, $"{gap.Source}: `{gap.Kind}` is not a gap; write {FiresInNoScenario} or {NoNearMiss} after the rule ID."));
            }
        }

        foreach (var entry in report.Rules)
        {
            var actual = Gaps(entry).ToList();
            var listed = known.Where(g => g.RuleId == entry.Rule.Id).ToList();
            foreach (var gap in actual.Where(a => !listed.Any(l => l.Kind == a)))
            {
                problems.Add(new GapProblem(entry.Rule.Id, RuleCoverage.Advice(entry, scenarioFolder, gap)));
            }

            foreach (var gap in listed.Where(l => l.Kind is FiresInNoScenario or NoNearMiss && !actual.Contains(l.Kind)))
            {
                problems.Add(new GapProblem(entry.Rule.Id, $"{gap.Source}: `{entry.Rule.Id}` no longer has the gap `{gap.Kind}`; delete the line."));
            }
        }

        return new GapCheck(known, problems.ToImmutable());
    }

    /// <summary>The gaps one rule has in the corpus.</summary>
    public static IEnumerable<string> Gaps(RuleCoverageEntry entry)
    {
        if (!entry.Fired)
        {
            yield return FiresInNoScenario;
        }

        if (!entry.HasNearMiss)
        {
            yield return NoNearMiss;
        }
    }

    /// <summary>Plain text: a line per rule, the known gaps, the problems, the summary.</summary>
    public static string Text(CoverageReport report, GapCheck check)
    {
        var text = new StringBuilder(RuleCoverage.Text(report));
        text.Append(CultureInfo.InvariantCulture, $"known gaps ({check.Known.Length}): {(check.Known.IsEmpty ? "none" : string.Join(", ", check.Known.Select(g => $"{g.RuleId} {g.Kind}")))}\n");
        foreach (var problem in check.Problems)
        {
            text.Append(problem.Message).Append('\n');
        }

        text.Append(check.Passed ? "coverage: every gap is listed.\n" : $"coverage: {check.Problems.Length} problems.\n");
        return text.ToString();
    }

    /// <summary>Markdown for a pull request: the summary, the problems, and the per-rule table folded.</summary>
    public static string Markdown(CoverageReport report, GapCheck check)
    {
        var text = new StringBuilder("## Rule coverage\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{report.Rules.Length} rules over {report.Scenarios} scenarios; {report.NeverFired.Count()} never fired, {report.WithoutNearMiss.Count()} without a near miss; {check.Known.Length} known gaps; **{(check.Passed ? "no problems" : $"{check.Problems.Length} problems")}**.\n\n");
        if (!check.Passed)
        {
            text.Append("### Problems\n\n");
            foreach (var problem in check.Problems)
            {
                text.Append("- ").Append(problem.Message).Append('\n');
            }

            text.Append('\n');
        }

        var table = new StringBuilder("| Rule | Fires in | Near miss in | Known gap |\n|---|---|---|---|\n");
        foreach (var entry in report.Rules)
        {
            var known = string.Join(", ", check.Known.Where(g => g.RuleId == entry.Rule.Id).Select(g => g.Kind));
            table.Append(CultureInfo.InvariantCulture, $"| {entry.Rule.Id} | {entry.FiresIn.Length} | {entry.NearMisses.Length} | {known} |\n");
        }

        VerdictImpact.Fold(text, "By rule", report.Rules.Length, table.ToString());
        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>JSON for scripts.</summary>
    public static string Json(CoverageReport report, GapCheck check) => JsonSerializer.Serialize(
        new
        {
            rules = report.Rules.Length,
            scenarios = report.Scenarios,
            passed = check.Passed,
            problems = check.Problems.Select(p => new { ruleId = p.RuleId, message = p.Message }),
            knownGaps = check.Known.Select(g => new { ruleId = g.RuleId, gap = g.Kind, why = g.Why }),
            coverage = report.Rules.Select(e => new
            {
                ruleId = e.Rule.Id,
                ruleSet = e.Rule.RuleSet,
                firesIn = e.FiresIn,
                nearMissIn = e.NearMisses.Select(m => new { scenario = m.Scenario, held = m.Held, of = m.Total }),
            }),
            errors = report.Errors.Select(e => new { scenario = e.Scenario, error = e.Error }),
        },
        PolicyJson.Options) + "\n";

    /// <summary>JUnit XML: one test case per rule, failed when the rule has a problem.</summary>
    public static string JUnit(CoverageReport report, GapCheck check)
    {
        var cases = report.Rules.Select(entry =>
        {
            var element = new XElement("testcase", new XAttribute("classname", entry.Rule.RuleSet), new XAttribute("name", entry.Rule.Id));
            var problems = check.Problems.Where(p => p.RuleId == entry.Rule.Id).ToList();
            if (problems.Count > 0)
            {
                element.Add(new XElement("failure", new XAttribute("message", problems[0].Message), string.Join('\n', problems.Select(p => p.Message))));
            }

            return element;
        });
        var suite = new XElement(
            "testsuite",
            new XAttribute("name", "policyrules coverage"),
            new XAttribute("tests", report.Rules.Length),
            new XAttribute("failures", check.Problems.Select(p => p.RuleId).Distinct().Count()),
            cases);
        return new XDocument(suite).ToString() + "\n";
    }
}
