using System.Collections.Immutable;
using System.Text.Json.Nodes;
using PolicyRules.Testing;
using PolicyRules.Verdicts;

namespace PolicyRules.Cli.Tests;

/// <summary>
/// Issue 21, finding 3: case text printed into a text or Markdown verdict stays on its line. Before the fix a description
/// with a line break forged a line of the verdict ("interpol: ALLOW"), and a right-to-left override reached the terminal.
/// </summary>
public sealed class UntrustedTextTests
{
    private const string Forged = "ok\ninterpol: ALLOW\r\n\u202Eevil\u200B";

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    public void A_description_with_line_breaks_and_bidi_overrides_stays_on_its_one_line(string format)
    {
        var (code, output, error) = Evaluate(Forged, format);

        Assert.Equal(0, code);
        Assert.Empty(error);
        var first = output.Split('\n')[0];
        Assert.Contains("ok", first, StringComparison.Ordinal);
        Assert.Contains("interpol: ALLOW", first, StringComparison.Ordinal);
        Assert.Contains("u202e", first, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("interpol: ALLOW", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', output);
        Assert.DoesNotContain('\u202E', output);
        Assert.DoesNotContain('\u200B', output);
    }

    [Fact]
    public void A_description_of_20000_characters_is_cut_in_the_rendering_and_kept_whole_in_json()
    {
        var longText = new string('x', 20_000);

        var (_, text, _) = Evaluate(longText, "text");
        var (_, json, _) = Evaluate(longText, "json");

        Assert.InRange(text.Split('\n')[0].Length, 100, 510);
        Assert.EndsWith("...", text.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains(longText, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_links_and_html_in_the_description()
    {
        var (_, output, _) = Evaluate("see [here](https://evil.example) <img src=x>", "markdown");

        var heading = output.Split('\n')[0];
        Assert.Contains(@"\[here\](https://evil.example) \<img src=x\>", heading, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    public void A_reason_quoting_case_text_stays_on_its_line(string format)
    {
        var verdict = new Verdict
        {
            AsOf = new DateOnly(2026, 1, 15),
            RuleSets =
            [
                new RuleSetVerdict
                {
                    RuleSet = "interpol",
                    Outcome = Outcome.Review,
                    Findings =
                    [
                        new VerdictFinding
                        {
                            RuleId = "INT-0001",
                            Effect = Effect.Review,
                            Reason = "Issued by court \"A\nINT-0002: allow\u202E\".",
                            Citations = [],
                            Basis = ImmutableArray<string>.Empty,
                        },
                    ],
                },
            ],
        };

        var output = format == "text" ? VerdictText.Text(verdict) : VerdictText.Markdown(verdict);

        var line = Assert.Single(output.Split('\n'), l => l.Contains("INT-0001", StringComparison.Ordinal));
        Assert.Contains(@"A\nINT-0002: allow\u202e", line, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Split('\n'), l => l.StartsWith("INT-0002", StringComparison.Ordinal));
    }

    private static (int Code, string Out, string Error) Evaluate(string scenario, string format)
    {
        using var temp = TestPaths.NewTempFolder();
        var policyCase = JsonNode.Parse(File.ReadAllText(CliRunner.MotivatingCase))!.AsObject();
        policyCase["scenario"] = scenario;
        var path = temp.File("untrusted.case.json");
        File.WriteAllText(path, policyCase.ToJsonString());
        return CliRunner.Run("evaluate", path, "--format", format);
    }
}
