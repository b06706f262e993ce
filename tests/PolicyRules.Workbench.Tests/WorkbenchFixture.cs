using Microsoft.Playwright;
using PolicyRules.Server;
using PolicyRules.Testing;

namespace PolicyRules.Workbench.Tests;

/// <summary>
/// A real server on a free loopback port over this checkout's scenarios, and one headless Debian Chromium shared by the
/// tests of a class (starting a browser costs more than a test). Each test opens its own context, so no state leaks.
/// </summary>
public sealed class WorkbenchFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (_app, BaseAddress) = await Browsers.StartServerAsync(TestPaths.RepositoryRoot);
        (Playwright, Browser) = await Browsers.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>A new page at 1280x800 (the size the README's screenshots show) in a context of its own.</summary>
    public Task<IPage> NewPageAsync(int width = 1280, int height = 800) => Browsers.NewPageAsync(Browser, width, height);
}

/// <summary>Starting servers and Debian's Chromium for the browser tests.</summary>
internal static class Browsers
{
    /// <summary>Debian's Chromium (apt-get install chromium); another binary through POLICYRULES_CHROMIUM.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("POLICYRULES_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Flags for a CPU-light, offline headless run as root (CI runs as root, so Chromium's sandbox cannot start).</summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-extensions", "--disable-default-apps", "--mute-audio",
    ];

    public static async Task<(WebApplication App, Uri BaseAddress)> StartServerAsync(string workspace, string[]? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        string[] args = ["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", $"--PolicyRules:Workspace={workspace}", .. settings ?? []];
        var app = PolicyServer.Build(args, configure);
        await app.StartAsync();
        var address = app.Urls.Single();
        return (app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}; install it with `sudo .ci/install-chromium.sh` (Debian/Ubuntu) or point POLICYRULES_CHROMIUM at a Chromium binary.");
        }

        // The first catalogue request measures rule coverage over every scenario (seconds on a loaded machine).
        Assertions.SetDefaultExpectTimeout(30_000);
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Flags,
            Timeout = 60_000,
        });
        return (playwright, browser);
    }

    public static async Task<IPage> NewPageAsync(IBrowser browser, int width, int height)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ReducedMotion = ReducedMotion.Reduce,
        });
        // Bounded waits: a test that cannot find what it expects fails in seconds, not minutes (the machine may be loaded).
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        return page;
    }
}
