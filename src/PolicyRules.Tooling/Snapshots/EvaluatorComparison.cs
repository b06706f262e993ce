using System.Collections.Concurrent;
using System.Globalization;
using PolicyRules.Engine;
using PolicyRules.Facts;
using PolicyRules.Generation;
using PolicyRules.Json;
using PolicyRules.Verdicts;

namespace PolicyRules.Snapshots;

/// <summary>What a differential run over generated cases found.</summary>
/// <param name="Cases">How many cases were compared.</param>
/// <param name="Differences">The cases that differ, by index in the generated stream, with what differs; at most the first 10.</param>
/// <param name="DifferenceCount">How many cases differ in all.</param>
/// <param name="Outcomes">How many cases each rule set's outcome took (e.g. "interpol deny"), under the reference evaluator; failures count as "failed".</param>
public sealed record DifferentialResult(long Cases, IReadOnlyList<(long Index, string Difference)> Differences, long DifferenceCount, IReadOnlyDictionary<string, long> Outcomes);

/// <summary>
/// The compiled evaluator against NRules' Rete network, the reference: the same case must give the same canonical verdict
/// JSON byte for byte, or fail on both with the same rule named. Used by the differential tests and the 1,000,000-case run.
/// </summary>
public sealed class EvaluatorComparison(PolicyEngine rete, PolicyEngine compiled)
{
    /// <summary>Null when both evaluators agree on the case; otherwise what differs.</summary>
    public string? Compare(Case policyCase) => Compare(policyCase, out _);

    /// <summary>Compares generated cases 0..count-1 of the seed's stream on every core.</summary>
    public DifferentialResult CompareGenerated(long count, int seed)
    {
        var differences = new ConcurrentBag<(long, string)>();
        var outcomes = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        Parallel.For(0L, count, index =>
        {
            if (Compare(CaseGenerator.At(seed, index), out var verdict) is { } difference)
            {
                differences.Add((index, difference));
            }

            foreach (var key in verdict is null ? ["failed"] : verdict.RuleSets.Select(rs => $"{rs.RuleSet} {VerdictText.Word(rs.Outcome)}"))
            {
                outcomes.AddOrUpdate(key, 1, (_, n) => n + 1);
            }
        });

        return new DifferentialResult(
            count,
            [.. differences.OrderBy(d => d.Item1).Take(10)],
            differences.Count,
            new SortedDictionary<string, long>(outcomes, StringComparer.Ordinal));
    }

    /// <summary>The result as the lines the differential run prints.</summary>
    public static string Report(DifferentialResult result, int seed)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"differential: {result.Cases:N0} generated cases (seed {seed}), {result.DifferenceCount:N0} differ between the compiled and the Rete evaluator."),
        };
        lines.AddRange(result.Outcomes.Select(o => string.Create(CultureInfo.InvariantCulture, $"  {o.Key}: {o.Value:N0}")));
        lines.AddRange(result.Differences.Select(d => string.Create(CultureInfo.InvariantCulture, $"  case {d.Index}: {d.Difference}")));
        return string.Join('\n', lines) + "\n";
    }

    private string? Compare(Case policyCase, out Verdict? reference)
    {
        var (reteJson, reteVerdict, reteError) = Run(rete, policyCase);
        var (compiledJson, _, compiledError) = Run(compiled, policyCase);
        reference = reteVerdict;
        if (reteError is not null || compiledError is not null)
        {
            return reteError is not null && compiledError is not null && reteError.RuleId == compiledError.RuleId
                ? null
                : $"Rete: {reteError?.Message ?? "a verdict"}; compiled: {compiledError?.Message ?? "a verdict"}";
        }

        if (reteJson == compiledJson)
        {
            return null;
        }

        var reteLines = reteJson!.Split('\n');
        var compiledLines = compiledJson!.Split('\n');
        var shorter = Math.Min(reteLines.Length, compiledLines.Length);
        var line = Enumerable.Range(0, shorter).FirstOrDefault(i => reteLines[i] != compiledLines[i], shorter);
        return string.Create(CultureInfo.InvariantCulture,
            $"verdicts differ at line {line + 1}: Rete `{reteLines.ElementAtOrDefault(line)?.Trim()}`, compiled `{compiledLines.ElementAtOrDefault(line)?.Trim()}`");
    }

    private static (string? Json, Verdict? Verdict, PolicyEngineException? Error) Run(PolicyEngine engine, Case policyCase)
    {
        try
        {
            var verdict = engine.Evaluate(policyCase);
            return (PolicyJson.Canonical(verdict), verdict, null);
        }
        catch (PolicyEngineException e)
        {
            return (null, null, e);
        }
    }
}
