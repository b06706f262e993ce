using System.Text.Json;
using PolicyRules.Cases;
using PolicyRules.Engine;
using PolicyRules.Snapshots;

namespace PolicyRules.Server.Workbench;

/// <summary>
/// The data behind the web workbench at /: the rule catalogue with coverage, the scenario corpus of the checkout, and the
/// case schema. Evaluating and explaining go through the public /v1 routes. These routes serve the workbench only and stay
/// out of the OpenAPI document; they need the token like every route.
/// </summary>
internal static class WorkbenchRoutes
{
    private const string Json = "application/json";

    public static void AddWorkbench(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PolicyServerOptions.Section).Get<WorkbenchOptions>() ?? new WorkbenchOptions();
        services.AddSingleton(options);
        services.AddSingleton<Workspace>();
    }

    public static void Map(WebApplication app)
    {
        WorkbenchAssets.Map(app);
        var api = app.MapGroup("/workbench/api").ExcludeFromDescription();

        // The same JSON as `policyrules rules --format json`: every rule with its conditions, firing scenarios and near misses.
        api.MapGet("/catalogue", (PolicyEngine engine, Workspace workspace) => Results.Text(RuleDocs.Json(engine, workspace.Coverage), Json));
        api.MapGet("/schema", () => Results.Text(CaseDocumentation.Schema(), Json));
        api.MapGet("/scenarios", (Workspace workspace) => TypedResults.Ok(new ScenarioList(
            workspace.Root is not null,
            [.. workspace.Scenarios().Select(s => ScenarioSummary.Of(workspace, s))])));
        api.MapGet("/scenarios/{**name}", (string name, Workspace workspace) => workspace.Find(name) is { } scenario
            ? Results.Ok(ScenarioDetail.Of(workspace, scenario))
            : Problems.Result(StatusCodes.Status404NotFound, "unknown-scenario", "No such scenario.",
                $"No scenario is named `{(name.Length <= 80 ? name : name[..80] + "...")}`; the Scenarios page lists them."));
    }

    /// <summary>Reads a JSON file as an element, or null when it is missing or not JSON (the page then says so).</summary>
    internal static JsonElement? ReadJson(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The scenarios of the checkout; <paramref name="Checkout"/> is false when the server runs outside one.</summary>
internal sealed record ScenarioList(bool Checkout, IReadOnlyList<ScenarioSummary> Scenarios);

/// <summary>One scenario in the list: its name, rule set, folder, one-line description and approved outcomes.</summary>
internal sealed record ScenarioSummary(string Name, string? RuleSet, string Folder, string? Description, IReadOnlyList<string> ApprovedOutcomes)
{
    public static ScenarioSummary Of(Workspace workspace, Scenario scenario)
    {
        var name = workspace.Name(scenario);
        var folder = name.Contains('/', StringComparison.Ordinal) ? name[..name.LastIndexOf('/')] : string.Empty;
        return new ScenarioSummary(name, scenario.RuleSet, folder, DescriptionOf(scenario.CasePath), ApprovedOutcomesOf(WorkbenchRoutes.ReadJson(scenario.VerdictPath)));
    }

    private static string? DescriptionOf(string casePath)
    {
        try
        {
            using var stream = File.OpenRead(casePath);
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("scenario", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string[] ApprovedOutcomesOf(JsonElement? verdict) =>
        verdict is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("ruleSets", out var sets) && sets.ValueKind == JsonValueKind.Array
            ? [.. sets.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("outcome", out _)).Select(s => s.GetProperty("outcome").ToString())]
            : [];
}

/// <summary>One scenario in full: the case as written and its approved verdict (null when none is approved yet).</summary>
internal sealed record ScenarioDetail(string Name, string? RuleSet, JsonElement? Case, JsonElement? ApprovedVerdict)
{
    public static ScenarioDetail Of(Workspace workspace, Scenario scenario) =>
        new(workspace.Name(scenario), scenario.RuleSet, WorkbenchRoutes.ReadJson(scenario.CasePath), WorkbenchRoutes.ReadJson(scenario.VerdictPath));
}
