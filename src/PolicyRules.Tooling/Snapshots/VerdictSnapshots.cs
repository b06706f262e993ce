using System.Text;
using System.Text.Json;
using DiffPlex.Renderer;
using PolicyRules.Cases;
using PolicyRules.Engine;
using PolicyRules.Json;
using PolicyRules.Verdicts;

namespace PolicyRules.Snapshots;

/// <summary>
/// The one comparison of scenarios against approved verdicts, used by <c>policyrules verify</c> and by the test suite:
/// evaluate, render canonically, compare byte for byte, write <c>.verdict.received.json</c> and a unified diff on a
/// mismatch. Nothing is ever approved here; approving is <see cref="Approve"/>, called explicitly.
/// </summary>
public static class VerdictSnapshots
{
    /// <summary>The most diff lines shown for one scenario.</summary>
    public const int MaxDiffLines = 200;

    /// <summary>
    /// The verdict text a scenario pins: the canonical JSON of its own rule set's part of the verdict, holding what a reviewer
    /// judges (outcome; each finding's rule ID, effect, reason and basis; citations by instrument, pinpoint and authority).
    /// Catalogue data (rule-set version, the outcome's meaning, effective dates, citation URLs) lives in the rule catalogue
    /// and the rule pages, so a version bump or a moved URL does not rewrite every approved verdict.
    /// </summary>
    public static string Render(Verdict verdict, string? ruleSet) => PolicyJson.Canonical(ForReview(verdict, ruleSet));

    /// <summary>The snapshot form of a verdict (see <see cref="Render"/>), optionally cut to one rule set.</summary>
    public static Verdict ForReview(Verdict verdict, string? ruleSet = null) => verdict with
    {
        RuleSets = [.. verdict.RuleSets
            .Where(r => ruleSet is null || r.RuleSet == ruleSet)
            .Select(r => r with
            {
                Version = null,
                Meaning = null,
                Findings = [.. r.Findings.Select(f => f with
                {
                    EffectiveFrom = null,
                    Citations = [.. f.Citations.Select(c => c with { Url = null })],
                })],
                Charges = [.. r.Charges.Select(c => c with { Meaning = null })],
            })],
    };

    /// <summary>Evaluates a scenario and compares it with its approved verdict; writes or removes the received file.</summary>
    public static SnapshotResult Check(PolicyEngine engine, Scenario scenario)
    {
        string received;
        try
        {
            var policyCase = CaseReader.ReadFile(scenario.CasePath);
            received = Render(engine.Evaluate(policyCase), scenario.RuleSet);
        }
        catch (CaseFormatException e)
        {
            return new SnapshotResult(scenario, SnapshotStatus.Error, e.Message, null);
        }
        catch (PolicyEngineException e)
        {
            return new SnapshotResult(scenario, SnapshotStatus.Error, e.Message, null);
        }

        return Compare(scenario, received);
    }

    /// <summary>Compares a rendered verdict with the approved one; writes or removes the received file.</summary>
    public static SnapshotResult Compare(Scenario scenario, string received)
    {
        var approved = File.Exists(scenario.VerdictPath) ? File.ReadAllText(scenario.VerdictPath) : null;
        if (approved == received)
        {
            File.Delete(scenario.ReceivedPath);
            return new SnapshotResult(scenario, SnapshotStatus.Match, string.Empty, received);
        }

        File.WriteAllText(scenario.ReceivedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var status = approved is null ? SnapshotStatus.Missing : SnapshotStatus.Mismatch;
        return new SnapshotResult(scenario, status, Diff(approved ?? string.Empty, received, scenario), received, ChangeOf(approved, received));
    }

    /// <summary>What changed from the approved verdict text to the received one; null when either is not a readable verdict.</summary>
    public static VerdictChange? ChangeOf(string? approved, string received)
    {
        try
        {
            return VerdictChange.Between(approved is null ? null : PolicyJson.ParseVerdict(approved), PolicyJson.ParseVerdict(received));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A unified diff from the approved verdict to the received one, cut at <see cref="MaxDiffLines"/> lines.</summary>
    public static string Diff(string approved, string received, Scenario scenario)
    {
        var diff = UnidiffRenderer.GenerateUnidiff(
            approved,
            received,
            oldFileName: Relative(scenario.VerdictPath),
            newFileName: Relative(scenario.ReceivedPath),
            contextLines: 3);
        var lines = diff.Split('\n');
        return lines.Length <= MaxDiffLines
            ? diff.TrimEnd('\n')
            : string.Join('\n', lines.Take(MaxDiffLines)) + $"\n... ({lines.Length - MaxDiffLines} more diff lines)";
    }

    /// <summary>Accepts every received verdict under the given scenarios; returns the scenarios approved.</summary>
    public static IReadOnlyList<Scenario> Approve(IEnumerable<Scenario> scenarios)
    {
        var approved = new List<Scenario>();
        foreach (var scenario in scenarios.Where(s => File.Exists(s.ReceivedPath)))
        {
            File.Move(scenario.ReceivedPath, scenario.VerdictPath, overwrite: true);
            approved.Add(scenario);
        }

        return approved;
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.Replace('\\', '/');
    }
}
