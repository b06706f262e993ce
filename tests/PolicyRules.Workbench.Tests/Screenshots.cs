using Microsoft.Playwright;
using PolicyRules.Testing;

namespace PolicyRules.Workbench.Tests;

/// <summary>
/// A screenshot of each page, taken by the test that visits it: into the test output always, and over the committed copy in
/// docs/images/ when POLICYRULES_UPDATE_SCREENSHOTS=1 (pixels differ slightly between machines, so a normal run never
/// rewrites the checkout).
/// </summary>
internal static class Screenshots
{
    /// <summary>Every page the README shows, by file name under docs/images/.</summary>
    public static readonly string[] Pages =
    [
        "workbench-rules.png", "workbench-rule.png", "workbench-scenarios.png", "workbench-scenario.png",
        "workbench-try.png", "workbench-why-not.png", "workbench-review.png", "workbench-narrow.png",
    ];

    public static async Task TakeAsync(IPage page, string fileName)
    {
        Assert.Contains(fileName, Pages);
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, fileName), FullPage = false });
        Assert.NotEmpty(bytes);
        if (Environment.GetEnvironmentVariable("POLICYRULES_UPDATE_SCREENSHOTS") == "1")
        {
            await File.WriteAllBytesAsync(TestPaths.InRepository("docs", "images", fileName), bytes);
        }
    }
}
