using System.Text.RegularExpressions;
using PolicyRules.Verdicts;

namespace PolicyRules.TextCheck;

/// <summary>One defect in the wording of a finding's reason: which rule set and rule wrote it, what is wrong, and the reason itself.</summary>
public sealed record ReasonTextProblem(string RuleSet, string RuleId, string Problem, string Reason)
{
    public override string ToString() => $"{RuleSet} {RuleId}: {Problem}: \"{Reason}\"";
}

/// <summary>
/// Reads the reasons a verdict gives the way a reviewer would, for the marks of a template filled with nothing: an empty
/// interpolation leaves two spaces or a space before punctuation ("from  alone", "charge(s) ."), a null renders as "null"
/// or as nothing inside brackets, and an unfilled template keeps its braces or a placeholder word. Whole-word matching keeps
/// legitimate text (a "nullity", "Non-Null") from tripping it.
/// </summary>
public static partial class ReasonTextCheck
{
    private static readonly (Regex Pattern, string Problem)[] Checks =
    [
        (DoubledSpace(), "two spaces in a row (an empty interpolation?)"),
        (SpaceBeforePunctuation(), "a space before punctuation (an empty interpolation?)"),
        (EmptyBrackets(), "empty brackets (an empty interpolation?)"),
        (NullWord(), "the word \"null\" (a null rendered as text)"),
        (Braces(), "a brace (an unfilled template slot)"),
        (Placeholder(), "a placeholder word"),
        (DanglingPreposition(), "a preposition followed by punctuation (an empty interpolation?)"),
        (NoneAsName(), "\"none\" where a name belongs (an enum default rendered as text)"),
    ];

    /// <summary>The problems with one reason; empty when it reads right.</summary>
    public static IEnumerable<string> Problems(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            yield return "an empty reason";
            yield break;
        }

        if (reason != reason.Trim())
        {
            yield return "leading or trailing whitespace";
        }

        foreach (var (pattern, problem) in Checks)
        {
            if (pattern.IsMatch(reason))
            {
                yield return problem;
            }
        }
    }

    /// <summary>Every problem in every reason of a verdict.</summary>
    public static IEnumerable<ReasonTextProblem> Check(Verdict verdict)
    {
        foreach (var ruleSet in verdict.RuleSets)
        {
            foreach (var finding in ruleSet.Findings.Concat(ruleSet.NextSteps))
            {
                foreach (var problem in Problems(finding.Reason))
                {
                    yield return new ReasonTextProblem(ruleSet.RuleSet, finding.RuleId, problem, finding.Reason);
                }
            }
        }
    }

    [GeneratedRegex(@"\S {2,}\S")]
    private static partial Regex DoubledSpace();

    [GeneratedRegex(@" [,.;:)\]]")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\(\s*\)|\[\s*\]|""\s*""")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\b(null|undefined|NaN)\b")]
    private static partial Regex NullWord();

    [GeneratedRegex(@"[{}]")]
    private static partial Regex Braces();

    [GeneratedRegex(@"\b(TODO|TBD|FIXME|XXX|lorem ipsum|placeholder)\b|<[a-z][a-z -]*>|\?\?", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(from|of|by|with|for|against|under|the|a|an)[.;:]")]
    private static partial Regex DanglingPreposition();

    [GeneratedRegex(@"\b(by|from|against|with|in) none\b")]
    private static partial Regex NoneAsName();
}
