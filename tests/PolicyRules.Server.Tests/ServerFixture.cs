using System.Net.Http.Headers;
using PolicyRules.Testing;

namespace PolicyRules.Server.Tests;

/// <summary>A real server on 127.0.0.1 with a free port, a bearer token and a decision log, shared by the tests of a class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string Token = "test-token-7f3a";

    private readonly TestPaths.TempFolder _folder = TestPaths.NewTempFolder();
    private WebApplication? _app;

    public string DecisionLogPath => _folder.File("decisions.jsonl");

    public Uri BaseAddress { get; private set; } = null!;

    public WebApplication App => _app!;

    /// <summary>A client that sends the token.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>A client without the token.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (_app, BaseAddress) = await StartAsync(
            $"--PolicyRules:Token={Token}",
            $"--PolicyRules:DecisionLog={DecisionLogPath}",
            "--PolicyRules:MaxRequestBodyBytes=65536");
        Client = new HttpClient { BaseAddress = BaseAddress };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Anonymous = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _folder.Dispose();
    }

    /// <summary>Starts a server on a free loopback port with extra settings; the caller disposes it.</summary>
    public static async Task<(WebApplication App, Uri BaseAddress)> StartAsync(string[] settings, Action<WebApplicationBuilder>? configure = null)
    {
        string[] args = ["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. settings];
        var app = PolicyServer.Build(args, configure);
        await app.StartAsync();
        var address = app.Urls.Single();
        return (app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public static Task<(WebApplication App, Uri BaseAddress)> StartAsync(params string[] settings) => StartAsync(settings, null);
}
