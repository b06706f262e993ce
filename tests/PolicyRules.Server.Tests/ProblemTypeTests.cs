using System.Net;
using System.Text;
using PolicyRules.Testing;

namespace PolicyRules.Server.Tests;

/// <summary>A problem's <c>type</c> resolves: the server that answered serves a page on it, and docs/problems.md lists every kind.</summary>
public sealed class ProblemTypeTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task The_type_of_a_problem_resolves_against_the_server_to_a_page_on_that_kind_without_a_token()
    {
        using var bad = await server.Client.PostAsync("v1/evaluate", new StringContent("{\"asOf\": 1}", Encoding.UTF8, "application/json"));
        var problem = await ApiTests.Problem(bad, HttpStatusCode.BadRequest);
        var type = problem.GetProperty("type").GetString()!;

        // RFC 9457 §3.1.1: a relative type resolves against the address of the response.
        using var page = await server.Anonymous.GetAsync(new Uri(bad.RequestMessage!.RequestUri!, type));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal("/problems/invalid-case", type);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>" + problem.GetProperty("title").GetString() + "</h1>", html, StringComparison.Ordinal);
        Assert.Contains("HTTP status 400", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_kind_has_a_page_and_the_index_links_to_each()
    {
        var index = await server.Anonymous.GetStringAsync("problems");

        foreach (var kind in ProblemCatalog.All)
        {
            Assert.Contains($"href=\"/problems/{kind.Name}\"", index, StringComparison.Ordinal);
            var page = await server.Anonymous.GetStringAsync("problems/" + kind.Name);
            Assert.Contains($"HTTP status {kind.Status}", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_kind_is_a_not_found_problem_that_names_the_index()
    {
        using var response = await server.Anonymous.GetAsync("problems/no-such-kind");

        var problem = await ApiTests.Problem(response, HttpStatusCode.NotFound);
        Assert.Equal("/problems/not-found", problem.GetProperty("type").GetString());
        Assert.Contains("/problems lists them all", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_problem_the_framework_answers_itself_gets_the_title_of_its_kind()
    {
        using var response = await server.Client.GetAsync("v1/evaluate");

        var problem = await ApiTests.Problem(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("/problems/method-not-allowed", problem.GetProperty("type").GetString());
        Assert.Equal(ProblemCatalog.MethodNotAllowed.Title, problem.GetProperty("title").GetString());
    }

    [Fact]
    public void Names_are_unique_and_the_committed_page_is_what_regen_writes()
    {
        Assert.Equal(ProblemCatalog.All.Count, ProblemCatalog.All.Select(k => k.Name).Distinct().Count());
        Assert.Equal(ProblemCatalog.Markdown(), File.ReadAllText(TestPaths.InRepository(ProblemCatalog.DocumentationPath)));
    }
}
