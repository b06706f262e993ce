using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using PolicyRules.Cases;
using PolicyRules.Json;
using PolicyRules.Reliability.Tests.Support;
using PolicyRules.Server;
using Xunit.Abstractions;

namespace PolicyRules.Reliability.Tests;

/// <summary>
/// The same hostile inputs as <see cref="CaseReaderFuzzTests"/>, sent as request bodies to a real server on a loopback
/// port: each ends in the verdict the engine gives or in one problem document (400), never a server error, and no answer
/// carries a stack trace or an exception's type name. The body limit is set above every fuzz input so that each one
/// reaches the case reader (the 413 path is the server tests' business).
/// </summary>
public sealed partial class HttpFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long BodyLimit = 64L * 1024 * 1024;
    private WebApplication? _app;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = PolicyServer.Build(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=None", $"--PolicyRules:MaxRequestBodyBytes={BodyLimit}"]);
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single().TrimEnd('/') + "/") };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("v1/evaluate")]
    [InlineData("v1/explain")]
    public async Task Hostile_bodies_get_the_engines_verdict_or_one_problem_document_never_a_server_error(string route)
    {
        // A new seed every run (printed, so a failure can be replayed with POLICYRULES_FUZZ_SEED); it was the route's length.
        var seed = Budget.FuzzSeed ?? Random.Shared.Next();
        output.WriteLine($"fuzz seed {seed} (replay: {Budget.FuzzSeedVariable}={seed})");
        var counts = new Dictionary<HttpStatusCode, int>();
        foreach (var input in Mutations.Fixed(Budget.FuzzIterations(120), seed))
        {
            using var content = new ByteArrayContent(input.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _client.PostAsync(route, content);
            var body = await response.Content.ReadAsStringAsync();
            counts[response.StatusCode] = counts.GetValueOrDefault(response.StatusCode) + 1;

            Assert.True(input.Bytes.Length < BodyLimit, $"{input}: larger than the server's body limit");
            var (expected, _) = CaseReader.TryRead(input.Bytes);
            if (expected is not null)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{input}: the reader accepts it, the server answered {(int)response.StatusCode}: {body}");
                var verdict = route == "v1/evaluate" ? body : JsonDocument.Parse(body).RootElement.GetProperty("verdict").GetRawText();
                Assert.Equal(PolicyJson.Canonical(Engines.BuiltIn.Evaluate(expected)), PolicyJson.Canonical(PolicyJson.ParseVerdict(verdict)));
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{input}: the reader refuses it, the server answered {(int)response.StatusCode}: {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(body);
            var detail = problem.RootElement.GetProperty("detail").GetString();
            Assert.False(string.IsNullOrWhiteSpace(detail), $"{input}: a problem without a detail");
            AssertOneClearLine(detail!, input);
            if (problem.RootElement.TryGetProperty("problems", out var items))
            {
                foreach (var item in items.EnumerateArray())
                {
                    AssertOneClearLine(item.GetProperty("message").GetString()!, input);
                    AssertOneClearLine(item.GetProperty("path").GetString()!, input);
                }
            }

            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
            Assert.DoesNotMatch(ExceptionTypeName(), body);
        }

        output.WriteLine(string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{(int)c.Key}: {c.Value}")));
        Assert.True(counts.GetValueOrDefault(HttpStatusCode.OK) > 0 && counts.GetValueOrDefault(HttpStatusCode.BadRequest) > 0, "a fuzz run that only accepts or only refuses tests one path");
    }

    /// <summary>No line break and nothing invisible (bidirectional overrides, zero-width characters) that could make the text read otherwise.</summary>
    private static void AssertOneClearLine(string text, object input) =>
        Assert.False(
            text.Any(c => c is '\n' or '\r' or '\u2028' or '\u2029' || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format),
            $"{input}: problem text that is not one clear line: {JsonSerializer.Serialize(text)}");

    // A .NET exception's type name ("InvalidOperationException", "System.Text.Json.JsonException"); the case vocabulary has
    // a field `gsException`, which a problem may rightly name.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(System\.|[A-Z][A-Za-z]*Exception\b)")]
    private static partial System.Text.RegularExpressions.Regex ExceptionTypeName();
}
