using System.Globalization;
using System.Text;

namespace PolicyRules.Verdicts;

/// <summary>Renders a verdict for people: plain text for a terminal, Markdown for a pull request or a report.</summary>
public static class VerdictText
{
    /// <summary>Plain text: outcome per rule set, then each finding with its reason and citations.</summary>
    public static string Text(Verdict verdict)
    {
        var text = new StringBuilder();
        if (verdict.Scenario is { } scenario)
        {
            text.Append(Line(scenario, ScenarioMax)).Append('\n');
        }

        text.Append("As of ").Append(Iso(verdict.AsOf)).Append('\n');
        foreach (var ruleSet in verdict.RuleSets)
        {
            text.Append('\n').Append(Heading(ruleSet)).Append(": ").Append(Word(ruleSet.Outcome).ToUpperInvariant())
                .Append(ruleSet.Meaning is { } meaning ? $" ({meaning})" : string.Empty).Append('\n');
            foreach (var finding in ruleSet.Findings)
            {
                text.Append("  [").Append(Word(finding.Effect)).Append("] ").Append(finding.RuleId).Append(": ").Append(Line(finding.Reason)).Append('\n');
                text.Append("      cites ").Append(string.Join("; ", finding.Citations.Select(Cite))).Append('\n');
            }

            ChargeLines(text, ruleSet);

            if (!ruleSet.Questions.IsEmpty)
            {
                text.Append("  Questions that would decide (most decisive first):\n");
                var number = 0;
                foreach (var question in ruleSet.Questions)
                {
                    text.Append("  ").Append(++number).Append(". ").Append(question.Question).Append(" (").Append(string.Join(", ", question.Paths))
                        .Append("; asked by ").Append(string.Join(", ", question.AskedBy)).Append(")\n");
                    foreach (var answer in question.Answers)
                    {
                        text.Append("      answer ").Append(answer.Answer).Append(": ").Append(Consequence(answer)).Append('\n');
                    }
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Markdown: a heading per rule set and a bullet per finding.</summary>
    public static string Markdown(Verdict verdict)
    {
        var md = new StringBuilder();
        md.Append("# Verdict").Append(verdict.Scenario is { } s ? $": {MarkdownText(Line(s, ScenarioMax))}" : string.Empty).Append("\n\n");
        md.Append("As of ").Append(Iso(verdict.AsOf)).Append(".\n");
        foreach (var ruleSet in verdict.RuleSets)
        {
            md.Append("\n## ").Append(Heading(ruleSet)).Append(": **").Append(Word(ruleSet.Outcome)).Append("**\n\n")
                .Append(ruleSet.Meaning is { } meaning ? $"{meaning}.\n\n" : string.Empty);
            foreach (var finding in ruleSet.Findings)
            {
                md.Append("- **").Append(Word(finding.Effect)).Append("** `").Append(finding.RuleId).Append("`: ").Append(Line(finding.Reason))
                    .Append(" *Cites:* ").Append(string.Join("; ", finding.Citations.Select(c => c.Url is null ? Cite(c) : $"[{Cite(c)}]({c.Url})")))
                    .Append('\n');
            }

            ChargeTable(md, ruleSet);
            if (!ruleSet.Questions.IsEmpty)
            {
                md.Append("\n### Questions that would decide\n\n");
                var number = 0;
                foreach (var question in ruleSet.Questions)
                {
                    md.Append(++number).Append(". ").Append(question.Question).Append(' ').Append(string.Join(", ", question.Paths.Select(p => $"`{p}`")))
                        .Append(", asked by ").Append(string.Join(", ", question.AskedBy.Select(r => $"`{r}`"))).Append('\n');
                    foreach (var answer in question.Answers)
                    {
                        md.Append("   - answer *").Append(answer.Answer).Append("*: ").Append(Consequence(answer)).Append('\n');
                    }
                }
            }
        }

        return md.ToString();
    }

    /// <summary>The outcome word for a charge or an answer, e.g. "needs information".</summary>
    private static string OutcomeWords(Outcome outcome) => outcome == Outcome.NeedsInformation ? "needs information" : Word(outcome);

    /// <summary>One line per charge: its outcome, what that means, the rules that set it and the findings on it.</summary>
    private static void ChargeLines(StringBuilder text, RuleSetVerdict ruleSet)
    {
        if (ruleSet.Charges.IsEmpty)
        {
            return;
        }

        text.Append("  Per charge:\n");
        var width = ruleSet.Charges.Max(c => Line(c.Charge).Length);
        foreach (var charge in ruleSet.Charges)
        {
            text.Append("    ").Append(Line(charge.Charge).PadRight(width)).Append("  ").Append(OutcomeWords(charge.Outcome).ToUpperInvariant())
                .Append(charge.Meaning is { } meaning ? $" ({meaning})" : string.Empty).Append("; ").Append(Grounds(charge)).Append('\n');
        }
    }

    /// <summary>A table of the charges: outcome, meaning, the rules that set it, the findings on the charge.</summary>
    private static void ChargeTable(StringBuilder md, RuleSetVerdict ruleSet)
    {
        if (ruleSet.Charges.IsEmpty)
        {
            return;
        }

        md.Append("\n### Per charge\n\n| Charge | Outcome | Decided by | Findings on the charge |\n|---|---|---|---|\n");
        foreach (var charge in ruleSet.Charges)
        {
            md.Append("| ").Append(MarkdownText(Line(charge.Charge))).Append(" | **").Append(OutcomeWords(charge.Outcome)).Append("**")
                .Append(charge.Meaning is { } meaning ? $": {meaning}" : string.Empty).Append(" | ")
                .Append(charge.DecidedBy.IsEmpty ? "nothing affirmed it" : string.Join(", ", charge.DecidedBy.Select(r => $"`{r}`"))).Append(" | ")
                .Append(charge.Findings.IsEmpty ? "none" : string.Join(", ", charge.Findings.Select(r => $"`{r}`"))).Append(" |\n");
        }
    }

    private static string Grounds(ChargeVerdict charge) =>
        (charge.DecidedBy.IsEmpty ? "nothing affirmed it" : $"decided by {string.Join(", ", charge.DecidedBy)}")
        + (charge.Findings.IsEmpty ? "; no finding on this charge" : $"; findings on it: {string.Join(", ", charge.Findings)}");

    /// <summary>
    /// The most of a case's description shown in a rendering (the longest canonical scenario's is about 330 characters);
    /// the JSON verdict keeps all of it.
    /// </summary>
    private const int ScenarioMax = 500;

    /// <summary>The lower-case word for an effect or outcome, as in case files and verdict JSON.</summary>
    public static string Word(Enum value) => Facts.Vocabulary.Name(value);

    /// <summary>What an answer would do, e.g. "deny (INT-0201)" or "needs information, still asked by INT-0203".</summary>
    public static string Consequence(VerdictAnswer answer)
    {
        if (answer.Outcome is not { } outcome)
        {
            return "not evaluated (the case has more answers than one evaluation tries)";
        }

        var word = OutcomeWords(outcome);
        if (answer.DecidedBy.IsEmpty)
        {
            return word;
        }

        var rules = string.Join(", ", answer.DecidedBy);
        return answer.Outcome == Outcome.NeedsInformation ? $"{word}, still asked by {rules}" : $"{word} under {rules}";
    }

    private static string Cite(Citation citation) =>
        citation.Authority == Authoring.Authority.Confirmed
            ? $"{citation.Instrument} {citation.Pinpoint}"
            : $"{citation.Instrument} {citation.Pinpoint} ({Word(citation.Authority)})";

    /// <summary>
    /// Case text (the description, and what reasons quote from the case) on one line: line breaks, control and invisible
    /// characters (bidirectional overrides) shown as escapes, so a case cannot forge lines or reorder what a reader sees.
    /// </summary>
    private static string Line(string text, int max = int.MaxValue) => Cases.Echo.Of(text, max);

    /// <summary>Case text in Markdown, with the characters that would make links, emphasis, code or HTML escaped.</summary>
    private static string MarkdownText(string text)
    {
        var md = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                md.Append('\\');
            }

            md.Append(c);
        }

        return md.ToString();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A verdict in snapshot form carries no version (docs/verdicts.md, "Snapshots").
    private static string Heading(RuleSetVerdict ruleSet) => ruleSet.Version is { } version ? $"{ruleSet.RuleSet} {version}" : ruleSet.RuleSet;
}
