using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using PolicyRules.Server.Workbench;
using PolicyRules.Snapshots;
using PolicyRules.Testing;

namespace PolicyRules.Workbench.Tests;

/// <summary>
/// Verify and approve change files in the checkout, so they are refused without the token (when one is set), from a foreign
/// origin or host name, without the workbench's header, and from a non-loopback address; and they work, through the CLI's
/// approve code, for the workbench on this machine. Against a real listener over a temporary checkout.
/// </summary>
public sealed class ApproveSecurityTests : IAsyncLifetime
{
    private const string Token = "approve-token-5d21";
    private const string Name = "rules/PolicyRules.Rules.Interpol/Scenarios/motivating-case";
    private const string Tampered = "The approved reason, edited so that the verdict differs.";
    private readonly TestPaths.TempFolder _folder = TestPaths.NewTempFolder();
    private WebApplication _app = null!;
    private Uri _baseAddress = null!;
    private Scenario _scenario = null!;

    public async Task InitializeAsync()
    {
        var scenarios = Directory.CreateDirectory(Path.Combine(_folder.Path, "rules", "PolicyRules.Rules.Interpol", "Scenarios")).FullName;
        var source = TestPaths.InRepository("rules", "PolicyRules.Rules.Interpol", "Scenarios", "motivating-case");
        _scenario = new Scenario(Path.Combine(scenarios, "motivating-case" + Scenario.CaseSuffix), "interpol");
        File.Copy(source + Scenario.CaseSuffix, _scenario.CasePath);
        var approved = File.ReadAllText(source + Scenario.VerdictSuffix);
        var reason = approved.IndexOf("\"reason\": \"", StringComparison.Ordinal) + "\"reason\": \"".Length;
        File.WriteAllText(_scenario.VerdictPath, approved[..reason] + Tampered + approved[approved.IndexOf('"', reason)..]);
        (_app, _baseAddress) = await Browsers.StartServerAsync(_folder.Path, [$"--PolicyRules:Token={Token}"]);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    public static TheoryData<string, string?, string?, string?> Refused => new()
    {
        // token, extra header name, its value, and whether the workbench header is sent ("1" or null)
        { "none", null, null, "1" },
        { "wrong", null, null, "1" },
        { "right", "Origin", "http://evil.example", "1" },
        { "right", "Sec-Fetch-Site", "cross-site", "1" },
        { "right", "Host", "evil.example", "1" },
        { "right", null, null, null },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Approve_and_verify_are_refused_and_change_nothing(string token, string? header, string? value, string? workbench)
    {
        foreach (var path in new[] { $"/workbench/api/review/approve?scenario={Uri.EscapeDataString(Name)}", "/workbench/api/review/verify" })
        {
            using var client = new HttpClient { BaseAddress = _baseAddress };
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(string.Empty) };
            if (token != "none")
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token == "right" ? Token : "not-the-token");
            }

            if (workbench is not null)
            {
                request.Headers.Add(LocalChanges.Header, workbench);
            }

            if (header == "Host")
            {
                request.Headers.Host = value;
            }
            else if (header is not null)
            {
                request.Headers.Add(header, value);
            }

            using var response = await client.SendAsync(request);

            Assert.Equal(token == "right" ? HttpStatusCode.Forbidden : HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains(Tampered, File.ReadAllText(_scenario.VerdictPath), StringComparison.Ordinal);
            Assert.False(File.Exists(_scenario.ReceivedPath), "a refused request must not even run verify");
        }
    }

    [Fact]
    public async Task The_workbench_on_this_machine_approves_through_the_CLI_code_and_verify_then_matches()
    {
        using var client = new HttpClient { BaseAddress = _baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        client.DefaultRequestHeaders.Add(LocalChanges.Header, "1");
        client.DefaultRequestHeaders.Add("Origin", _baseAddress.GetLeftPart(UriPartial.Authority));

        using var verify = await client.PostAsync(new Uri("/workbench/api/review/verify", UriKind.Relative), new StringContent(string.Empty));
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Contains("\"differ\": 1", await verify.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var approve = await client.PostAsync(new Uri($"/workbench/api/review/approve?scenario={Uri.EscapeDataString(Name)}", UriKind.Relative), new StringContent(string.Empty));
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var body = await approve.Content.ReadAsStringAsync();
        Assert.Contains("\"approved\":true", body, StringComparison.Ordinal);
        Assert.Contains("\"verify\":\"match\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Tampered, File.ReadAllText(_scenario.VerdictPath), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(TestPaths.InRepository("rules", "PolicyRules.Rules.Interpol", "Scenarios", "motivating-case" + Scenario.VerdictSuffix)), File.ReadAllText(_scenario.VerdictPath));

        using var unknown = await client.PostAsync(new Uri("/workbench/api/review/approve?scenario=..%2F..%2FREADME", UriKind.Relative), new StringContent(string.Empty));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("203.0.113.7", "127.0.0.1:5080", false)]
    [InlineData("10.1.2.3", "localhost:5080", false)]
    [InlineData("127.0.0.1", "127.0.0.1:5080", true)]
    [InlineData("::1", "[::1]:5080", true)]
    [InlineData("::ffff:127.0.0.1", "localhost:5080", true)]
    [InlineData("127.0.0.1", "policyrules.example:5080", false)]
    public void Only_a_loopback_connection_addressed_to_a_loopback_name_may_change_files(string remote, string host, bool allowed)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        context.Request.Scheme = "http";
        context.Request.Host = HostString.FromUriComponent(host);
        context.Request.Headers[LocalChanges.Header] = "1";
        context.Request.Headers.Origin = $"http://{host}";

        var refusal = LocalChanges.Refusal(context);

        Assert.Equal(allowed, refusal is null);
    }
}
