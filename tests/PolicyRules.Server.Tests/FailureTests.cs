using System.Net;
using System.Text;
using PolicyRules.Facts;

namespace PolicyRules.Server.Tests;

public sealed class FailureTests
{
    [Fact]
    public async Task UnexpectedException_Is500ProblemWithoutDetailsOfTheException()
    {
        var (app, address) = await ServerFixture.StartAsync([], builder => builder.Services.AddSingleton<ICaseExplainer, ThrowingExplainer>());
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };

        using var response = await client.PostAsync("v1/explain", TestBodies.Json(TestBodies.Minimal));

        var problem = await ApiTests.Problem(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("secret", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowBody_PastTheRequestTimeout_Is503Problem()
    {
        var (app, address) = await ServerFixture.StartAsync("--PolicyRules:RequestTimeoutSeconds=0.5");
        await using var _ = app;

        // A raw connection: HttpClient would wait for its own body to finish before showing the answer.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /v1/evaluate HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"asOf\":"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var status = await reader.ReadLineAsync(timeout.Token);
        var rest = new StringBuilder();
        while (await reader.ReadLineAsync(timeout.Token) is { } line && !line.StartsWith('{'))
        {
            rest.AppendLine(line);
        }

        Assert.Equal("HTTP/1.1 503 Service Unavailable", status);
        Assert.Contains("application/problem+json", rest.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoToken_Configured_LeavesEveryRouteOpen()
    {
        var (app, address) = await ServerFixture.StartAsync();
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };

        using var response = await client.GetAsync("v1/rules");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Build_UnknownRuleSet_FailsBeforeListening()
    {
        var error = Assert.Throws<Engine.PolicyEngineException>(() => PolicyServer.Build(["--urls=http://127.0.0.1:0", "--PolicyRules:RuleSets:0=nope"]));

        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }

    private sealed class ThrowingExplainer : ICaseExplainer
    {
        public Explanation Explain(Case policyCase, string? whyNotRuleId = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("secret internal detail of System.Collections.Generic.Dictionary");
    }
}
