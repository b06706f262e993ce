using PolicyRules.Cases;
using PolicyRules.Facts;
using PolicyRules.Tests;

namespace PolicyRules.Model.Tests;

public sealed class HistoryEntryTests
{
    private static string WithHistory(string entries) =>
        TestCases.MinimalJson.Replace("\"requestingCountry\": \"XA\",", "\"requestingCountry\": \"XA\", \"history\": [ " + entries + " ],", StringComparison.Ordinal);

    [Fact]
    public void A_stated_history_reads_into_the_request_and_an_omitted_field_stays_unknown()
    {
        var policyCase = CaseReader.Read(WithHistory(
            "{ \"kind\": \"ccfApplication\", \"date\": \"2025-01-06\", \"asks\": \"deletion\", \"admissibleOn\": \"2025-02-03\", \"decision\": \"deleted\", \"decidedOn\": \"2025-10-01\" }, " +
            "{ \"kind\": \"gsBlock\" }"));

        var application = policyCase.Request.History[0];
        Assert.Equal(InterpolHistoryKind.CcfApplication, application.Kind);
        Assert.Equal(CcfDecision.Deleted, application.Decision);
        Assert.Equal(new DateOnly(2025, 10, 1), application.DecidedOn);
        var block = policyCase.Request.History[1];
        Assert.Equal(InterpolHistoryKind.GsBlock, block.Kind);
        Assert.Null(block.Date);
        Assert.Empty(CaseReader.Read(TestCases.MinimalJson).Request.History);
    }

    [Theory]
    [InlineData("{ \"kind\": \"ccfApplication\", \"decision\": \"kept\" }", "$.request.history[0].decidedOn", "missing field `decidedOn`: the CCF's decision \"kept\" has a day")]
    [InlineData("{ \"kind\": \"ccfApplication\", \"decision\": \"pending\", \"decidedOn\": \"2025-10-01\" }", "$.request.history[0].decidedOn", "`decidedOn` is set, but `decision` is \"pending\"")]
    [InlineData("{ \"kind\": \"ccfApplication\", \"decidedOn\": \"2025-10-01\" }", "$.request.history[0].decidedOn", "`decision` is not stated")]
    [InlineData("{ \"kind\": \"gsBlock\", \"decision\": \"deleted\" }", "$.request.history[0].decision", "`decision` belongs to an application to the CCF, not to a \"gsBlock\" entry")]
    [InlineData("{ \"kind\": \"ccfApplication\", \"date\": \"2025-03-01\", \"admissibleOn\": \"2025-02-03\" }", "$.request.history[0].admissibleOn", "`admissibleOn` (2025-02-03) is before `date` (2025-03-01)")]
    [InlineData("{ \"kind\": \"ccfApplication\", \"admissibleOn\": \"2025-06-01\", \"decision\": \"deleted\", \"decidedOn\": \"2025-05-01\" }", "$.request.history[0].decidedOn", "`decidedOn` (2025-05-01) is before `admissibleOn` (2025-06-01)")]
    public void An_entry_that_contradicts_itself_is_refused_with_one_line_naming_its_path(string entry, string path, string message)
    {
        var error = Assert.Throws<CaseFormatException>(() => CaseReader.Read(WithHistory(entry), "case.json"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Equal("history-entry-fields", problem.Check?.Id);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.Format("case.json"));
    }

    [Fact]
    public void A_history_day_after_the_as_of_date_is_refused_like_any_other()
    {
        var error = Assert.Throws<CaseFormatException>(() => CaseReader.Read(WithHistory("{ \"kind\": \"gsDeletion\", \"date\": \"2026-02-01\" }"), "case.json"));

        Assert.Equal("$.request.history[0].date", Assert.Single(error.Problems).Path);
    }
}
