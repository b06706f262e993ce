using System.Net;
using System.Net.Http.Headers;
using PolicyRules.Testing;

namespace PolicyRules.Workbench.Tests;

/// <summary>A real server with a token over this checkout, shared by the tests of a class.</summary>
public sealed class TokenServerFixture : IAsyncLifetime
{
    public const string Token = "workbench-token-1c9e";
    private WebApplication _app = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (_app, var baseAddress) = await Browsers.StartServerAsync(TestPaths.RepositoryRoot, [$"--PolicyRules:Token={Token}"]);
        Anonymous = new HttpClient { BaseAddress = baseAddress };
        Client = new HttpClient { BaseAddress = baseAddress };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public async Task DisposeAsync()
    {
        Anonymous.Dispose();
        Client.Dispose();
        await _app.DisposeAsync();
    }
}

/// <summary>The workbench's HTTP surface without a browser: what is public, what needs the token, what may change files.</summary>
public sealed class WorkbenchSecurityTests(TokenServerFixture server) : IClassFixture<TokenServerFixture>
{
    private readonly HttpClient _anonymous = server.Anonymous;
    private readonly HttpClient _client = server.Client;

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/workbench/assets/workbench.js", "text/javascript")]
    [InlineData("/workbench/assets/workbench.css", "text/css")]
    public async Task The_page_and_its_assets_need_no_token_and_forbid_foreign_scripts_and_framing(string path, string contentType)
    {
        using var response = await _anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/workbench/api/catalogue")]
    [InlineData("/workbench/api/scenarios")]
    [InlineData("/workbench/api/schema")]
    [InlineData("/workbench/api/scenarios/rules/PolicyRules.Rules.Interpol/Scenarios/motivating-case")]
    public async Task Workbench_data_needs_the_token(string path)
    {
        using var refused = await _anonymous.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var answered = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    [Fact]
    public async Task An_unknown_asset_is_a_404_problem_and_a_path_outside_the_assets_is_not_public()
    {
        using var missing = await _anonymous.GetAsync(new Uri("/workbench/assets/nope.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        using var folder = await _anonymous.GetAsync(new Uri("/workbench/assets/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, folder.StatusCode);
    }

    [Fact]
    public async Task A_scenario_outside_the_corpus_is_not_read_even_by_a_relative_path()
    {
        using var response = await _client.GetAsync(new Uri("/workbench/api/scenarios/rules/PolicyRules.Rules.Interpol/Scenarios/..%2F..%2F..%2FREADME", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_workbench_routes_stay_out_of_the_OpenAPI_document()
    {
        var document = await _client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Contains("/v1/evaluate", document, StringComparison.Ordinal);
        Assert.DoesNotContain("/workbench", document, StringComparison.Ordinal);
    }
}
