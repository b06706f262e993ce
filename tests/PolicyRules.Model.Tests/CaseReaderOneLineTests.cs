using System.Text;
using PolicyRules.Cases;

namespace PolicyRules.Tests;

/// <summary>Regressions found by the reliability fuzzer: every case problem stays one short line, whatever the case holds.</summary>
public sealed class CaseReaderOneLineTests
{
    private static CaseProblem SingleProblem(string json) => Assert.Single(Assert.Throws<CaseFormatException>(() => CaseReader.Read(json)).Problems);

    private static void AssertOneShortLine(CaseProblem problem)
    {
        var line = problem.Format("case.json");
        Assert.True(line.IndexOfAny(['\n', '\r', '\u2028', '\u2029']) < 0, line);
        Assert.True(line.Length < 600, $"{line.Length} characters: {line}");
    }

    [Fact]
    public void Bad_literal_is_quoted_by_its_start_only_not_with_the_rest_of_the_file()
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"purpose\": \"extradition\"", "\"active\": truE", StringComparison.Ordinal));

        AssertOneShortLine(problem);
        Assert.Contains("'truE", problem.Message, StringComparison.Ordinal);
        Assert.Contains("invalid JSON literal", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("charges", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_in_an_unknown_field_name_are_escaped_in_the_path_and_the_message()
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"purpose\"", "\"pur\\npose\"", StringComparison.Ordinal));

        AssertOneShortLine(problem);
        Assert.Equal("$.request['pur\\npose']", problem.Path);
        Assert.Contains("unknown field `pur\\npose`", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_in_a_bad_value_are_escaped_and_long_values_cut()
    {
        var value = "line one\nline two\u2028" + new string('x', 5_000);
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"XA\", \"purpose\"", $"\"{value.Replace("\n", "\\n", StringComparison.Ordinal)}\", \"purpose\"", StringComparison.Ordinal));

        AssertOneShortLine(problem);
        Assert.Equal("$.request.requestingCountry", problem.Path);
        Assert.Contains("\"line one\\nline two\\u2028xxx", problem.Message, StringComparison.Ordinal);
        Assert.Contains("...", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_charge_ids_with_line_breaks_stay_on_one_line()
    {
        var json = TestCases.MinimalJson.Replace(
            "[ { \"id\": \"c1\", \"category\": \"fraud\", \"maxPenaltyMonths\": 60 } ]",
            "[ { \"id\": \"a\\nb\", \"category\": \"fraud\" }, { \"id\": \"a\\nb\", \"category\": \"fraud\" } ]",
            StringComparison.Ordinal);

        var problem = SingleProblem(json);

        AssertOneShortLine(problem);
        Assert.Contains("the charge ID \"a\\nb\" is used twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_name_with_a_lone_surrogate_escape_is_a_case_problem_not_a_crash()
    {
        var json = TestCases.MinimalJson.Replace("\"purpose\"", "\"\\uD800\"", StringComparison.Ordinal);

        var problem = SingleProblem(json);

        AssertOneShortLine(problem);
        Assert.Equal("$", problem.Path);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"XA\", \"purpose\"", "\"\\uD800\", \"purpose\"", "$.request.requestingCountry")]
    [InlineData("\"fraud\"", "\"fr\\uDC00aud\"", "$.charges[0].category")]
    [InlineData("\"2026-01-15\"", "\"\\uD83D\"", "$.asOf")]
    public void Value_with_a_lone_surrogate_escape_is_a_case_problem_with_its_path_not_a_crash(string from, string to, string path)
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace(from, to, StringComparison.Ordinal));

        AssertOneShortLine(problem);
        Assert.Equal(path, problem.Path);
        Assert.Contains("surrogate", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_in_echoed_text_are_shown_as_escapes()
    {
        Assert.Equal("a\\tb\\u0001c\\ud800d", Echo.Of("a\tb\u0001c\ud800d"));
        Assert.Equal("ab...", Echo.Of("ab\ud83d\ude00cd", max: 3));
        Assert.Equal("a\ud83d\ude00...", Echo.Of("a\ud83d\ude00cd", max: 3));
        Assert.Equal(13, Encoding.UTF8.GetByteCount(Echo.Of(new string('x', 100), max: 10)));
    }
}
