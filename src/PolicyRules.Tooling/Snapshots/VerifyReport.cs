using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using PolicyRules.Json;

namespace PolicyRules.Snapshots;

/// <summary>
/// The result of <c>policyrules verify</c> in each of its formats: plain text for a terminal, Markdown for a pull request,
/// JSON for scripts, JUnit XML for CI test reports, SARIF for code-scanning views. Each mismatch leads with what changed in plain words (the case's
/// description, outcome from and to, findings by rule ID), then the raw diff.
/// </summary>
/// <param name="results">Every scenario checked, in corpus order.</param>
/// <param name="name">A scenario's display name, e.g. its case path relative to the repository without the suffix.</param>
public sealed class VerifyReport(IReadOnlyList<SnapshotResult> results, Func<Scenario, string> name)
{
    /// <summary>Every scenario checked.</summary>
    public IReadOnlyList<SnapshotResult> Results { get; } = results;

    private Func<Scenario, string> Name { get; } = name;

    /// <summary>The scenarios that did not match.</summary>
    public IEnumerable<SnapshotResult> Failed => Results.Where(r => r.Status != SnapshotStatus.Match);

    /// <summary>Whether every scenario matched its approved verdict.</summary>
    public bool Passed => !Failed.Any();

    /// <summary>The one-line summary.</summary>
    public string Summary => string.Create(
        CultureInfo.InvariantCulture,
        $"verify: {Results.Count} scenarios, {Count(SnapshotStatus.Match)} match, {Count(SnapshotStatus.Mismatch)} differ, " +
        $"{Count(SnapshotStatus.Missing)} missing, {Count(SnapshotStatus.Error)} errors.");

    /// <summary>Plain text: per failed scenario a headline, the plain-language change, the raw diff; then the summary.</summary>
    public string Text()
    {
        var text = new StringBuilder();
        foreach (var result in Failed)
        {
            text.Append(Word(result.Status)).Append(": ").Append(Title(result)).Append('\n');
            if (result.Change is { } change)
            {
                foreach (var line in change.Lines())
                {
                    text.Append("  ").Append(line).Append('\n');
                }

                text.Append("  raw diff:\n");
            }

            text.Append(result.Detail).Append("\n\n");
        }

        text.Append(Summary).Append('\n');
        if (!Passed)
        {
            text.Append("Read each change; approve the received verdicts you agree with: policyrules approve [PATH...]\n");
        }

        return text.ToString();
    }

    /// <summary>Markdown for a pull request: a section per failed scenario, its raw diff folded.</summary>
    public string Markdown()
    {
        var text = new StringBuilder("## Verdict snapshots\n\n");
        text.Append(Summary["verify: ".Length..]).Append("\n\n");
        foreach (var result in Failed)
        {
            text.Append("### ").Append(Word(result.Status)).Append(": ").Append(Title(result)).Append("\n\n");
            if (result.Change is { } change)
            {
                text.Append(change.Markdown()).Append('\n');
                text.Append("<details><summary>Raw diff</summary>\n\n```diff\n").Append(result.Detail).Append("\n```\n\n</details>\n\n");
            }
            else
            {
                text.Append("```\n").Append(result.Detail).Append("\n```\n\n");
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>JSON for scripts: the counts, and per scenario its status, description, plain-language lines, structured change and diff.</summary>
    public string Json()
    {
        var scenarios = new JsonArray();
        foreach (var result in Results)
        {
            var entry = new JsonObject
            {
                ["scenario"] = Name(result.Scenario),
                ["ruleSet"] = result.Scenario.RuleSet,
                ["status"] = Status(result.Status),
            };
            if (result.Status != SnapshotStatus.Match)
            {
                if (result.Change is { } change)
                {
                    entry["description"] = change.Scenario;
                    entry["changes"] = new JsonArray([.. change.Lines().Select(l => (JsonNode?)JsonValue.Create(l.Trim()))]);
                    entry["change"] = JsonSerializer.SerializeToNode(change, PolicyJson.Options);
                }

                entry[result.Status == SnapshotStatus.Error ? "error" : "diff"] = result.Detail;
            }

            scenarios.Add(entry);
        }

        var root = new JsonObject
        {
            ["scenarios"] = Results.Count,
            ["match"] = Count(SnapshotStatus.Match),
            ["differ"] = Count(SnapshotStatus.Mismatch),
            ["missing"] = Count(SnapshotStatus.Missing),
            ["errors"] = Count(SnapshotStatus.Error),
            ["results"] = scenarios,
        };
        return root.ToJsonString(PolicyJson.Options) + "\n";
    }

    /// <summary>JUnit XML (one test case per scenario, grouped by rule set), read by CI test reporters.</summary>
    public string JUnit()
    {
        var suites = Results
            .GroupBy(r => r.Scenario.RuleSet ?? "scenarios")
            .Select(group => new XElement(
                "testsuite",
                new XAttribute("name", group.Key),
                new XAttribute("tests", group.Count()),
                new XAttribute("failures", group.Count(r => r.Status is SnapshotStatus.Mismatch or SnapshotStatus.Missing)),
                new XAttribute("errors", group.Count(r => r.Status == SnapshotStatus.Error)),
                group.Select(TestCase)));
        var document = new XDocument(new XElement(
            "testsuites",
            new XAttribute("name", "policyrules verify"),
            new XAttribute("tests", Results.Count),
            new XAttribute("failures", Count(SnapshotStatus.Mismatch) + Count(SnapshotStatus.Missing)),
            new XAttribute("errors", Count(SnapshotStatus.Error)),
            suites));
        return document.Declaration + document.ToString() + "\n";
    }

    /// <summary>The SARIF 2.1.0 rule for a scenario whose approved verdict is missing.</summary>
    public const string MissingRule = "verdict-missing";

    /// <summary>The SARIF rule for a rule set whose outcome changed.</summary>
    public const string OutcomeRule = "verdict-outcome";

    /// <summary>The SARIF rule for a verdict that differs in nothing itemised by rule (description, as-of date, wording).</summary>
    public const string DiffersRule = "verdict-differs";

    /// <summary>The SARIF rule for a scenario that could not be read or evaluated.</summary>
    public const string ErrorRule = "scenario-error";

    /// <summary>
    /// SARIF 2.1.0 for code-scanning views: one result per changed outcome (error), per finding added, removed or changed,
    /// under the policy rule's own ID (warning), per missing verdict (error) and per scenario error (error), each located
    /// at the scenario's case file; a verdict that differs in nothing itemised is one note.
    /// </summary>
    public string Sarif()
    {
        var results = new JsonArray();
        var rules = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string ruleId, string level, string message, SnapshotResult result, string ruleText)
        {
            rules.TryAdd(ruleId, ruleText);
            results.Add(new JsonObject
            {
                ["ruleId"] = ruleId,
                ["level"] = level,
                ["message"] = new JsonObject { ["text"] = message },
                ["locations"] = new JsonArray(new JsonObject
                {
                    ["physicalLocation"] = new JsonObject
                    {
                        ["artifactLocation"] = new JsonObject { ["uri"] = Name(result.Scenario).Replace('\\', '/') },
                    },
                }),
            });
        }

        foreach (var result in Failed)
        {
            var title = Title(result);
            if (result.Status == SnapshotStatus.Error)
            {
                Add(ErrorRule, "error", $"{title}: {result.Detail}", result, "A scenario could not be read or evaluated.");
                continue;
            }

            var before = results.Count;
            foreach (var ruleSet in result.Change?.RuleSets ?? [])
            {
                if (ruleSet.OutcomeSentence is { } outcome)
                {
                    Add(OutcomeRule, "error", $"{title}: {outcome}", result, "A rule set's outcome differs from the approved verdict.");
                }

                foreach (var finding in ruleSet.Findings)
                {
                    Add(finding.RuleId, "warning", $"{title}: {string.Join(" ", finding.Sentences())}", result, $"Findings of rule {finding.RuleId} (rule set {ruleSet.RuleSet}) differ from the approved verdict; the rule's page is docs/rules/{finding.RuleId}.md.");
                }
            }

            if (result.Status == SnapshotStatus.Missing)
            {
                Add(MissingRule, "error", $"{title}: no approved verdict yet; read the received verdict and approve it with policyrules approve.", result, "A scenario has no approved verdict.");
            }
            else if (results.Count == before)
            {
                var line = result.Change?.Lines().FirstOrDefault()?.Trim() ?? "the verdict differs from the approved one";
                Add(DiffersRule, "note", $"{title}: {line}", result, "A verdict differs from the approved one in nothing decided by a rule.");
            }
        }

        var log = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "policyrules verify",
                        ["rules"] = new JsonArray([.. rules.Select(r => (JsonNode)new JsonObject
                        {
                            ["id"] = r.Key,
                            ["shortDescription"] = new JsonObject { ["text"] = r.Value },
                        })]),
                    },
                },
                ["results"] = results,
            }),
        };
        return log.ToJsonString(PolicyJson.Options) + "\n";
    }

    private XElement TestCase(SnapshotResult result)
    {
        var element = new XElement("testcase", new XAttribute("classname", result.Scenario.RuleSet ?? "scenarios"), new XAttribute("name", Title(result)));
        if (result.Status == SnapshotStatus.Match)
        {
            return element;
        }

        var lines = result.Change?.Lines().ToList() ?? [];
        var message = result.Status switch
        {
            SnapshotStatus.Error => result.Detail,
            SnapshotStatus.Missing => "no approved verdict",
            _ => lines.FirstOrDefault()?.Trim() ?? "the verdict differs from the approved one",
        };
        var body = string.Join('\n', lines) + (lines.Count > 0 ? "\n\n" : string.Empty) + result.Detail;
        element.Add(new XElement(result.Status == SnapshotStatus.Error ? "error" : "failure", new XAttribute("message", message), body));
        return element;
    }

    private string Title(SnapshotResult result) => result.Change?.Title(Name(result.Scenario)) ?? Name(result.Scenario);

    private int Count(SnapshotStatus status) => Results.Count(r => r.Status == status);

    private static string Status(SnapshotStatus status) => Facts.Vocabulary.Name(status);

    private static string Word(SnapshotStatus status) => status switch
    {
        SnapshotStatus.Mismatch => "DIFFERS",
        SnapshotStatus.Missing => "MISSING APPROVED VERDICT",
        _ => "ERROR",
    };
}
