using System.Net;
using System.Text.Json;
using PolicyRules.Cases;
using PolicyRules.Json;
using PolicyRules.Rules.Interpol;
using PolicyRules.Rules.UsExtradition;
using PolicyRules.Rules.UsImmigration;

namespace PolicyRules.Server.Tests;

public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly Engine.PolicyEngine Engine = PolicyRules.Engine.PolicyEngine.Create(InterpolRuleSet.Assembly, UsExtraditionRuleSet.Assembly, UsImmigrationRuleSet.Assembly);

    [Fact]
    public async Task Evaluate_ValidCase_ReturnsTheCliVerdictJson()
    {
        using var response = await server.Client.PostAsync("v1/evaluate", TestBodies.Json(TestBodies.MotivatingCase));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = PolicyJson.Canonical(Engine.Evaluate(CaseReader.Read(TestBodies.MotivatingCase)));
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Evaluate_SplitCertification_ReturnsTheOutcomeOfEachCount()
    {
        var split = File.ReadAllText(Testing.TestPaths.InRepository("rules", "PolicyRules.Rules.UsExtradition", "Scenarios", "split-certification.case.json"));

        using var response = await server.Client.PostAsync("v1/evaluate", TestBodies.Json(split));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var us = body.RootElement.GetProperty("ruleSets").EnumerateArray().Single(r => r.GetProperty("ruleSet").GetString() == "us-extradition");
        Assert.Equal(
            ["c1 review", "c2 deny not extraditable on this count", "c3 review"],
            us.GetProperty("charges").EnumerateArray().Select(c =>
                $"{c.GetProperty("charge").GetString()} {c.GetProperty("outcome").GetString()}"
                + (c.GetProperty("outcome").GetString() == "deny" ? $" {c.GetProperty("meaning").GetString()}" : string.Empty)));
        Assert.Equal(["USX-0320"], us.GetProperty("charges")[1].GetProperty("decidedBy").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task OpenApi_DocumentsThePerChargeOutcomesOfAVerdict()
    {
        using var document = JsonDocument.Parse(await server.Anonymous.GetStringAsync("openapi/v1.json"));

        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        Assert.Equal("#/components/schemas/ChargeVerdict", schemas.GetProperty("RuleSetVerdict").GetProperty("properties").GetProperty("charges").GetProperty("items").GetProperty("$ref").GetString());
        Assert.Equal(
            ["charge", "decidedBy", "findings", "meaning", "outcome"],
            schemas.GetProperty("ChargeVerdict").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Evaluate_ValidCase_AppendsOneWholeDecisionRecord()
    {
        using var response = await server.Client.PostAsync("v1/evaluate", TestBodies.Json(TestBodies.Minimal));
        response.EnsureSuccessStatusCode();

        var hash = Decisions.DecisionLog.CaseHash(CaseReader.Read(TestBodies.Minimal));
        using var log = new FileStream(server.DecisionLogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var lines = new StreamReader(log).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var record = lines.Select(l => JsonDocument.Parse(l).RootElement).Last(r => r.GetProperty("caseSha256").GetString() == hash);
        Assert.Equal("server", record.GetProperty("source").GetString());
        Assert.Equal(["interpol", "us-extradition", "us-immigration"], record.GetProperty("ruleSets").EnumerateArray().Select(r => r.GetProperty("ruleSet").GetString()));
        Assert.All(record.GetProperty("ruleSets").EnumerateArray(), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("version").GetString())));
    }

    [Fact]
    public async Task Explain_ValidCase_ReturnsVerdictAndFiredRules()
    {
        using var response = await server.Client.PostAsync("v1/explain", TestBodies.Json(TestBodies.MotivatingCase));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var verdict = PolicyJson.ParseVerdict(body.RootElement.GetProperty("verdict").GetRawText());
        Assert.Equal(PolicyJson.Canonical(Engine.Evaluate(CaseReader.Read(TestBodies.MotivatingCase))), PolicyJson.Canonical(verdict));
        var fired = body.RootElement.GetProperty("trace").GetProperty("firings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.NotEmpty(fired);
        // ENGINE-0001 ("nothing affirmed, so review") is the aggregation's own finding, never a rule firing.
        Assert.All(verdict.RuleSets.SelectMany(r => r.Findings).Where(f => f.RuleId != "ENGINE-0001"), f => Assert.Contains(f.RuleId, fired));
        Assert.Equal(Enumerable.Range(1, fired.Count), body.RootElement.GetProperty("trace").GetProperty("firings").EnumerateArray().Select(f => f.GetProperty("step").GetInt32()));
    }

    [Fact]
    public async Task Explain_WhyNot_NamesTheFirstFailedConditionOfARuleThatDidNotFire()
    {
        using var plain = await server.Client.PostAsync("v1/explain", TestBodies.Json(TestBodies.MotivatingCase));
        using var trace = JsonDocument.Parse(await plain.Content.ReadAsStringAsync());
        var fired = trace.RootElement.GetProperty("trace").GetProperty("firings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToHashSet();
        var silent = Engine.Rules.Select(r => r.Id).First(id => !fired.Contains(id));

        using var response = await server.Client.PostAsync($"v1/explain?whyNot={silent}", TestBodies.Json(TestBodies.MotivatingCase));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var whyNot = body.RootElement.GetProperty("whyNot");
        Assert.Equal(silent, whyNot.GetProperty("ruleId").GetString());
        Assert.NotEqual("fired", whyNot.GetProperty("status").GetString());
        Assert.Contains(silent, whyNot.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(whyNot.GetProperty("conditions").EnumerateArray());
    }

    [Fact]
    public async Task Explain_WhyNotUnknownRule_IsOneProblemNamingTheId()
    {
        using var response = await server.Client.PostAsync("v1/explain?whyNot=INT-9999", TestBodies.Json(TestBodies.MotivatingCase));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("whyNot: unknown rule ID `INT-9999`", body.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_List_HasEveryRuleOfTheEngine()
    {
        using var body = JsonDocument.Parse(await server.Client.GetStringAsync("v1/rules"));

        Assert.Equal(Engine.Rules.Select(r => r.Id), body.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(["interpol", "us-extradition", "us-immigration"], body.RootElement.GetProperty("ruleSets").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Rule_KnownId_ReturnsItsCitations()
    {
        var rule = Engine.Rules[0];

        using var body = JsonDocument.Parse(await server.Client.GetStringAsync($"v1/rules/{rule.Id}"));

        Assert.Equal(rule.Id, body.RootElement.GetProperty("id").GetString());
        Assert.Equal(rule.Citations.Length, body.RootElement.GetProperty("citations").GetArrayLength());
        Assert.True(body.RootElement.TryGetProperty("remarks", out _));
    }

    [Fact]
    public async Task Rule_UnknownId_Is404ProblemNamingTheId()
    {
        using var response = await server.Client.GetAsync("v1/rules/XYZ-9999");

        var problem = await Problem(response, HttpStatusCode.NotFound);
        Assert.EndsWith("/unknown-rule", problem.GetProperty("type").GetString());
        Assert.Contains("XYZ-9999", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Health_WithoutToken_IsOk()
    {
        using var response = await server.Anonymous.GetAsync("healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("GET", "v1/rules")]
    [InlineData("GET", "v1/rules/INT-0101")]
    [InlineData("POST", "v1/evaluate")]
    [InlineData("POST", "v1/explain")]
    public async Task EveryApiRoute_WithoutToken_Is401(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = TestBodies.Json(TestBodies.Minimal);
        }

        using var response = await server.Anonymous.SendAsync(request);

        await Problem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Evaluate_WrongToken_Is401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/evaluate") { Content = TestBodies.Json(TestBodies.Minimal) };
        request.Headers.Authorization = new("Bearer", ServerFixture.Token + "x");

        using var response = await server.Anonymous.SendAsync(request);

        await Problem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Evaluate_WithToken_Is200()
    {
        using var response = await server.Client.PostAsync("v1/evaluate", TestBodies.Json(TestBodies.Minimal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Evaluate_OversizedBody_Is413()
    {
        var body = new byte[70_000];
        Array.Fill(body, (byte)' ');

        using var response = await server.Client.PostAsync("v1/evaluate", TestBodies.Bytes(body));

        var problem = await Problem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("65536", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Evaluate_OversizedChunkedBody_Is413()
    {
        var content = new StreamContent(new NoLengthStream(new byte[70_000]));
        content.Headers.ContentType = new("application/json");

        using var response = await server.Client.PostAsync("v1/evaluate", content);

        await Problem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Evaluate_MalformedJson_Is400WithPathAndLine()
    {
        using var response = await server.Client.PostAsync("v1/evaluate", TestBodies.Json("{\n  \"asOf\": \"2026-01-15\",\n  \"request\": {\n}"));

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.EndsWith("/invalid-case", problem.GetProperty("type").GetString());
        var item = problem.GetProperty("problems")[0];
        Assert.StartsWith("$", item.GetProperty("path").GetString());
        Assert.True(item.GetProperty("line").GetInt32() >= 1);
    }

    [Fact]
    public async Task Evaluate_InvalidField_Is400WithTheSamePathAndLineAsTheCli()
    {
        var json = TestBodies.Minimal.Replace("\"maxPenaltyMonths\": 60", "\"maxPenaltyMonths\": \"sixty\"", StringComparison.Ordinal);
        var expected = CaseReader.TryRead(System.Text.Encoding.UTF8.GetBytes(json)).Problems;

        using var response = await server.Client.PostAsync("v1/evaluate", TestBodies.Json(json));

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        var items = problem.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("path").GetString(), p.GetProperty("line").GetInt32(), p.GetProperty("message").GetString())).ToList();
        Assert.Equal(expected.Select(p => ((string?)p.Path, p.Line ?? 0, (string?)p.Message)), items);
        Assert.Contains(items, i => i.Item1 == "$.charges[0].maxPenaltyMonths" && i.Item2 == 5);
    }

    [Fact]
    public async Task Evaluate_EmptyBody_Is400()
    {
        using var response = await server.Client.PostAsync("v1/evaluate", TestBodies.Json(string.Empty));

        await Problem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UnknownRoute_Is404Problem()
    {
        using var response = await server.Client.GetAsync("v1/nothing-here");

        await Problem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_DescribesEveryRoute()
    {
        using var body = JsonDocument.Parse(await server.Client.GetStringAsync("openapi/v1.json"));

        var paths = body.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["/healthz", "/v1/evaluate", "/v1/explain", "/v1/rules", "/v1/rules/{id}"], paths.Order(StringComparer.Ordinal));
    }

    /// <summary>Asserts the RFC 9457 shape, and that nothing of an exception or a C# type reached the client.</summary>
    internal static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        ProblemText.AssertClean(text);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>A body whose length is unknown, so the client sends it chunked and only the server's running count can refuse it.</summary>
    private sealed class NoLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
