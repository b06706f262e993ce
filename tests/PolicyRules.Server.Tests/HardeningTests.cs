using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PolicyRules.Decisions;
using PolicyRules.Facts;
using PolicyRules.Generation;
using PolicyRules.Json;
using PolicyRules.Verdicts;

namespace PolicyRules.Server.Tests;

/// <summary>The holes a hostile client found (issue 21): binding, hosts, media types, problem types, timeouts, admission, the decision log.</summary>
public sealed class HardeningTests
{
    private static readonly Lazy<byte[]> Heaviest = new(() => Encoding.UTF8.GetBytes(PolicyJson.Canonical(CaseGenerator.Heaviest())));

    [Fact]
    public async Task Without_urls_the_server_listens_on_loopback_whatever_the_environment_says()
    {
        var port = FreePort();
        using var server = ServerProcess.Start(["--PolicyRules:Port=0"], new Dictionary<string, string>
        {
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture),
            ["ASPNETCORE_URLS"] = $"http://0.0.0.0:{port}",
        });

        var address = await server.ListeningAsync(TimeSpan.FromSeconds(60));

        Assert.All(server.Addresses, a => Assert.True(Binding.IsLoopback(a), $"bound {a}; output:\n{server.Output}"));
        Assert.Equal("127.0.0.1", address.Host);
        Assert.NotEqual(port, address.Port);
        Assert.Empty(NonLoopbackListeners(port));
        Assert.Contains("ignoring the urls, http_ports setting", server.Output, StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = address };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("healthz")).StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://*:0")]
    [InlineData("http://[::]:0")]
    [InlineData("http://127.0.0.1:0;http://+:0")]
    public void A_non_loopback_address_without_a_token_is_refused_before_listening(string urls)
    {
        var error = Assert.Throws<ServerConfigurationException>(() => PolicyServer.Build([$"--urls={urls}"], TextWriter.Null));

        Assert.Contains("not a loopback address", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_non_loopback_address_with_a_token_is_served()
    {
        var (app, _) = await ServerFixture.StartAsync(["--urls=http://0.0.0.0:0", "--PolicyRules:Token=t"]);
        await using var _ = app;

        Assert.Contains(app.Urls, u => !Binding.IsLoopback(u));
    }

    [Fact]
    public async Task A_kestrel_endpoint_setting_off_loopback_without_a_token_is_refused()
    {
        var error = await Assert.ThrowsAsync<ServerConfigurationException>(() => ServerFixture.StartAsync("--Kestrel:Endpoints:Open:Url=http://0.0.0.0:0"));

        Assert.Contains("0.0.0.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_content_type_is_415_and_not_evaluated()
    {
        var (app, address) = await ServerFixture.StartAsync();
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(TestBodies.Minimal));

        using var response = await client.PostAsync("v1/evaluate", content);

        var problem = await ApiTests.Problem(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("/problems/unsupported-media-type", problem.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("POST", "v1/evaluate", "text/plain", HttpStatusCode.UnsupportedMediaType, "unsupported-media-type")]
    [InlineData("GET", "v1/evaluate", null, HttpStatusCode.MethodNotAllowed, "method-not-allowed")]
    [InlineData("GET", "v1/nothing-here", null, HttpStatusCode.NotFound, "not-found")]
    [InlineData("DELETE", "v1/rules", null, HttpStatusCode.MethodNotAllowed, "method-not-allowed")]
    public async Task Every_error_the_framework_answers_has_a_type_under_the_one_base(string method, string path, string? mediaType, HttpStatusCode status, string kind)
    {
        var (app, address) = await ServerFixture.StartAsync();
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (mediaType is not null)
        {
            request.Content = new StringContent(TestBodies.Minimal, Encoding.UTF8, mediaType);
        }

        using var response = await client.SendAsync(request);

        var problem = await ApiTests.Problem(response, status);
        Assert.Equal("/problems/" + kind, problem.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("rebind.attacker.test:5080", HttpStatusCode.BadRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("[::1]:8080", HttpStatusCode.OK)]
    public async Task Without_a_token_only_loopback_host_names_are_served(string host, HttpStatusCode expected)
    {
        var (app, address) = await ServerFixture.StartAsync();
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/rules");
        request.Headers.Host = host;

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            var problem = await ApiTests.Problem(response, expected);
            Assert.Equal("/problems/host-not-allowed", problem.GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task With_a_token_any_host_name_is_served()
    {
        var (app, address) = await ServerFixture.StartAsync("--PolicyRules:Token=t");
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/rules");
        request.Headers.Host = "policy.example";
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "t");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_request_timeout_stops_the_evaluation_of_the_heaviest_case()
    {
        var (app, address) = await ServerFixture.StartAsync("--PolicyRules:RequestTimeoutSeconds=0.2", "--PolicyRules:Evaluator=Rete"); // the compiled evaluator can finish inside 0.2 s
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };

        // Before the budget, this answered 200 after the whole evaluation (1.4-2.9 s), whatever the timeout said.
        using var response = await client.PostAsync("v1/evaluate", TestBodies.Bytes(Heaviest.Value));

        var problem = await ApiTests.Problem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("/problems/timeout", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_burst_of_heavy_cases_gets_503_with_retry_after_while_light_cases_and_health_are_served()
    {
        var (app, address) = await ServerFixture.StartAsync("--PolicyRules:MaxConcurrentHeavyEvaluations=1", "--PolicyRules:HeavyEvaluationQueueLength=0", "--PolicyRules:RequestTimeoutSeconds=60");
        await using var _ = app;
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = address };

        var heavy = Enumerable.Range(0, 6).Select(_ => client.PostAsync("v1/evaluate", TestBodies.Bytes(Heaviest.Value))).ToList();
        using var light = await client.PostAsync("v1/evaluate", TestBodies.Json(TestBodies.Minimal));
        using var health = await client.GetAsync("healthz");
        var answers = await Task.WhenAll(heavy);

        Assert.Equal(HttpStatusCode.OK, light.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        var busy = answers.Where(a => a.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(busy);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        foreach (var answer in busy)
        {
            Assert.Equal(TimeSpan.FromSeconds(2), answer.Headers.RetryAfter?.Delta);
            var problem = await ApiTests.Problem(answer, HttpStatusCode.ServiceUnavailable);
            Assert.Equal("/problems/busy", problem.GetProperty("type").GetString());
        }

        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Theory]
    [InlineData(RequestHead.MaxTargetBytes + 1, 0, HttpStatusCode.RequestUriTooLong, "uri-too-long")]
    [InlineData(0, RequestHead.MaxHeaderBytes + 1, HttpStatusCode.RequestHeaderFieldsTooLarge, "headers-too-large")]
    [InlineData(RequestHead.MaxTargetBytes - 100, RequestHead.MaxHeaderBytes - 200, HttpStatusCode.OK, null)]
    public async Task A_request_line_or_headers_over_the_documented_limit_get_a_problem_document(int targetBytes, int headerBytes, HttpStatusCode status, string? kind)
    {
        // Before, Kestrel answered 414 and 431 itself at these sizes, with an empty body.
        var (app, address) = await ServerFixture.StartAsync();
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        var path = "v1/rules";
        using var request = new HttpRequestMessage(HttpMethod.Get, targetBytes == 0 ? path : $"{path}?q={new string('a', targetBytes - path.Length - 4)}");
        if (headerBytes > 0)
        {
            request.Headers.Add("X-Padding", new string('b', headerBytes - "X-Padding".Length - 4));
        }

        using var response = await client.SendAsync(request);

        if (kind is null)
        {
            Assert.Equal(status, response.StatusCode);
            return;
        }

        var problem = await ApiTests.Problem(response, status);
        Assert.Equal("/problems/" + kind, problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_large_body_the_client_abandons_gives_its_heavy_place_back()
    {
        // One heavy place and no queue: a place kept by an abandoned read would turn every later heavy case away for good.
        var (app, address) = await ServerFixture.StartAsync("--PolicyRules:MaxConcurrentHeavyEvaluations=1", "--PolicyRules:HeavyEvaluationQueueLength=0", "--PolicyRules:RequestTimeoutSeconds=60");
        await using var _ = app;
        for (var i = 0; i < 3; i++)
        {
            using var socket = new System.Net.Sockets.TcpClient();
            await socket.ConnectAsync(address.Host, address.Port);
            var stream = socket.GetStream();
            var head = $"POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {EvaluationGate.HeavyBodyBytes * 2}\r\n\r\n{{\"asOf\": ";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.FlushAsync();
            await Task.Delay(200);
        }

        // The server notices each abandoned read a moment after the socket closes; a kept place never comes back.
        using var client = new HttpClient { BaseAddress = address };
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 40 && status == HttpStatusCode.ServiceUnavailable; attempt++)
        {
            using var response = await client.PostAsync("v1/evaluate", TestBodies.Bytes(Heaviest.Value));
            status = response.StatusCode;
            if (status == HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(250);
            }
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Every_canonical_scenario_goes_through_the_light_lane()
    {
        var options = new PolicyServerOptions();
        var heavy = Directory.EnumerateFiles(PolicyRules.Testing.TestPaths.InRepository("rules"), "*.case.json", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => (p, Weight: EvaluationGate.Weight(Cases.CaseReader.ReadFile(p))))
            .Where(c => c.Weight > options.HeavyCaseFacts)
            .ToList();

        Assert.Empty(heavy);
        Assert.True(EvaluationGate.Weight(CaseGenerator.Heaviest()) > options.HeavyCaseFacts);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_decision_log_that_cannot_be_written_withholds_the_verdict_with_503()
    {
        var (app, address) = await ServerFixture.StartAsync([], builder => builder.Services.AddSingleton<IDecisionRecorder, FullDisk>());
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };

        using var response = await client.PostAsync("v1/evaluate", TestBodies.Json(TestBodies.Minimal));

        var problem = await ApiTests.Problem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("/problems/decision-not-recorded", problem.GetProperty("type").GetString());
        Assert.Contains("was evaluated", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Sockets listening on <paramref name="port"/> at an address other than loopback, from /proc/net/tcp and tcp6 (empty off Linux).</summary>
    private static List<string> NonLoopbackListeners(int port)
    {
        var found = new List<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists))
        {
            foreach (var fields in File.ReadLines(table).Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                var local = fields[1].Split(':');
                const string listen = "0A";
                if (fields[3] == listen && int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port
                    && local[0] is not ("0100007F" or "00000000000000000000000001000000"))
                {
                    found.Add($"{table}: {fields[1]}");
                }
            }
        }

        return found;
    }

    private sealed class FullDisk : IDecisionRecorder
    {
        public void Record(Case policyCase, Verdict verdict) => throw new IOException("No space left on device");
    }
}
