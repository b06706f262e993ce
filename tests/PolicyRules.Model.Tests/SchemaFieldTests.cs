using System.Text.Json.Nodes;
using PolicyRules.Cases;

namespace PolicyRules.Tests;

/// <summary>
/// Issue 21, finding 5: `$schema` skipped every size limit (a 900 KB string was accepted). It is held to the text limit,
/// in the reader and in the committed schema alike.
/// </summary>
public sealed class SchemaFieldTests
{
    [Fact]
    public void A_schema_reference_over_the_text_limit_is_refused_with_one_problem()
    {
        var (policyCase, problems) = CaseReader.TryRead(WithSchema(new string('s', CaseLimits.Default.MaxStringLength + 1)));

        Assert.Null(policyCase);
        var problem = Assert.Single(problems);
        Assert.Equal("$.$schema", problem.Path);
        Assert.Contains($"the limit is {CaseLimits.Default.MaxStringLength}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_reference_at_the_text_limit_is_read()
    {
        var (policyCase, problems) = CaseReader.TryRead(WithSchema(new string('s', CaseLimits.Default.MaxStringLength)));

        Assert.Empty(problems);
        Assert.NotNull(policyCase);
    }

    [Fact]
    public void The_committed_schema_agrees_at_the_text_limit()
    {
        Assert.NotNull(CommittedCaseSchema.Errors(System.Text.Encoding.UTF8.GetString(WithSchema(new string('s', CaseLimits.Default.MaxStringLength + 1)))));
        Assert.Null(CommittedCaseSchema.Errors(System.Text.Encoding.UTF8.GetString(WithSchema(new string('s', CaseLimits.Default.MaxStringLength)))));
    }

    private static byte[] WithSchema(string schema)
    {
        var json = JsonNode.Parse(TestCases.MinimalJson)!.AsObject();
        json["$schema"] = schema;
        return System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
    }
}
