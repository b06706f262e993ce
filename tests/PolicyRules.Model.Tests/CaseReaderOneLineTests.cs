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

        var problems = Assert.Throws<CaseFormatException>(() => CaseReader.Read(json)).Problems;

        Assert.All(problems, AssertOneShortLine);
        Assert.Contains(problems, p => p.Message.Contains("the charge ID \"a\\nb\" is used twice", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.charges[0].id" && p.Message.Contains("U+000A", StringComparison.Ordinal));
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

/// <summary>Issue 21: the U.S. block's IDs and circuit were echoed raw; invisible characters made two IDs that read the same.</summary>
public sealed class CaseReaderUntrustedTextTests
{
    private static readonly string UsJson = TestCases.MinimalJson.TrimEnd().TrimEnd('}') +
        ", \"us\": { \"located\": true, \"forumCircuit\": \"CIRCUIT\", \"offenceAnalysis\": [ { \"chargeId\": \"ANALYSED\" } ], " +
        "\"requests\": [ { \"id\": \"REQ\", \"kind\": \"formalExtradition\", \"channel\": \"diplomatic\", \"receivedOn\": \"2026-01-01\", \"basis\": \"bilateralTreaty\" }, " +
        "{ \"id\": \"REQ\", \"kind\": \"formalExtradition\", \"channel\": \"diplomatic\", \"receivedOn\": \"2026-01-02\", \"basis\": \"bilateralTreaty\" } ] } }";

    private static IReadOnlyList<CaseProblem> Problems(string circuit = "2", string analysed = "c1", string request = "r1")
    {
        var json = UsJson.Replace("CIRCUIT", circuit, StringComparison.Ordinal).Replace("ANALYSED", analysed, StringComparison.Ordinal).Replace("REQ", request, StringComparison.Ordinal);
        return Assert.Throws<CaseFormatException>(() => CaseReader.Read(json)).Problems;
    }

    private static void AssertOneShortLine(CaseProblem problem)
    {
        var line = problem.Format("case.json");
        Assert.True(line.IndexOfAny(['\n', '\r', '\u2028', '\u2029', '\u202E', '\u200B']) < 0, line);
        Assert.True(line.Length < 600, $"{line.Length} characters: {line}");
    }

    [Fact]
    public void A_forged_second_line_in_the_forum_circuit_is_escaped()
    {
        var problem = Assert.Single(Problems(circuit: "9\\ncase.json:1: error: forged"), p => p.Path == "$.us.forumCircuit");

        AssertOneShortLine(problem);
        Assert.Contains("9\\ncase.json", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_twenty_thousand_character_circuit_is_cut()
    {
        var problem = Problems(circuit: new string('9', 20_000)).Single(p => p.Path == "$.us.forumCircuit");

        AssertOneShortLine(problem);
        Assert.Contains("...", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_in_an_analysed_charge_id_is_refused_on_one_line()
    {
        var problem = Problems(analysed: "c1\\r\\nforged").Single(p => p.Path == "$.us.offenceAnalysis[0].chargeId");

        AssertOneShortLine(problem);
        Assert.Contains("c1\\r\\nforged", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_request_id_with_a_right_to_left_override_is_escaped()
    {
        var problems = Problems(request: "r\\u202E1");

        Assert.All(problems, AssertOneShortLine);
        Assert.Contains(problems, p => p.Path == "$.us.requests[0].id" && p.Message.Contains("U+202E", StringComparison.Ordinal));
    }

    [Fact]
    public void A_charge_id_with_a_zero_width_space_is_refused_not_taken_for_another_charge()
    {
        var json = TestCases.MinimalJson.Replace(
            "[ { \"id\": \"c1\", \"category\": \"fraud\", \"maxPenaltyMonths\": 60 } ]",
            "[ { \"id\": \"c1\", \"category\": \"fraud\" }, { \"id\": \"c1\\u200B\", \"category\": \"fraud\" } ]",
            StringComparison.Ordinal);

        var problem = Assert.Single(Assert.Throws<CaseFormatException>(() => CaseReader.Read(json)).Problems);

        Assert.Equal("$.charges[1].id", problem.Path);
        Assert.Contains("U+200B", problem.Message, StringComparison.Ordinal);
        AssertOneShortLine(problem);
    }
}
