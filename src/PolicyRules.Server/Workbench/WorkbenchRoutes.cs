using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyRules.Cases;
using PolicyRules.Engine;
using PolicyRules.Json;
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
            : UnknownScenario(name));

        // Review: verify and approve are the CLI's own code (VerdictSnapshots, VerifyReport); they write files in the
        // checkout, so only the workbench page on this machine may call them. They evaluate the whole corpus, which may take
        // longer than the request timeout meant for single cases.
        var review = api.MapGroup("/review");
        review.DisableRequestTimeout().AddEndpointFilter(async (context, next) =>
            LocalChanges.Refusal(context.HttpContext) is { } refusal
                ? Problems.Result(ProblemCatalog.NotLocal, refusal)
                : await next(context));
        review.MapPost("/verify", (PolicyEngine engine, Workspace workspace) =>
        {
            var results = workspace.Scenarios().Select(s => VerdictSnapshots.Check(engine, s)).ToList();
            return Results.Text(new VerifyReport(results, workspace.Name).Json(), Json);
        });
        review.MapPost("/approve", (string scenario, PolicyEngine engine, Workspace workspace) =>
        {
            if (workspace.Find(scenario) is not { } found)
            {
                return UnknownScenario(scenario);
            }

            // Verify this one scenario again first, so what is approved is the verdict of the rules running now, exactly as
            // `policyrules verify` followed by `policyrules approve PATH` would approve it.
            var before = VerdictSnapshots.Check(engine, found);
            if (before.Status == SnapshotStatus.Error)
            {
                return Problems.Result(ProblemCatalog.NotApprovable, before.Detail);
            }

            var approved = VerdictSnapshots.Approve([found]);
            var after = VerdictSnapshots.Check(engine, found);
            return Results.Ok(new ApprovalResult(workspace.Name(found), approved.Count == 1, Facts.Vocabulary.Name(after.Status)));
        });
        api.MapGet("/impact", (string? @base, PolicyEngine engine, Workspace workspace) => Impact(@base, engine, workspace)).DisableRequestTimeout();
    }

    private static IResult UnknownScenario(string name) =>
        Problems.Result(ProblemCatalog.UnknownScenario,
            $"No scenario is named `{(name.Length <= 80 ? name : name[..80] + "...")}`; the Scenarios page lists them.");

    /// <summary>The impact report of `policyrules impact --base REV`, as JSON: per changed scenario the plain-language change.</summary>
    private static IResult Impact(string? revision, PolicyEngine engine, Workspace workspace)
    {
        revision = string.IsNullOrWhiteSpace(revision) ? "HEAD" : revision.Trim();
        // A revision is a name, never an option for git: no leading '-', no spaces or control characters.
        if (revision.StartsWith('-') || revision.Length > 200 || revision.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return Problems.Result(ProblemCatalog.BadRevision,
                "Give a commit, branch or tag, e.g. HEAD or main.");
        }

        if (workspace.Root is null)
        {
            return Problems.Result(ProblemCatalog.NoCheckout,
                "Start `policyrules serve` from the checkout, or set PolicyRules:Workspace, to compare verdicts with a base revision.");
        }

        ImpactReport report;
        try
        {
            var git = GitRevision.Open(workspace.Root, revision);
            var folders = Checkout.ScenarioFolders(engine, workspace.Root);
            report = VerdictImpact.Measure(engine, workspace.Scenarios(), git, folders);
        }
        catch (GitException e)
        {
            return Problems.Result(ProblemCatalog.BadRevision, e.Message);
        }

        var scenarios = new JsonArray();
        foreach (var entry in report.Scenarios.Where(s => s.Kind != ImpactKind.Unchanged))
        {
            scenarios.Add(new JsonObject
            {
                ["scenario"] = entry.Scenario,
                ["kind"] = Facts.Vocabulary.Name(entry.Kind),
                ["description"] = entry.Change?.Scenario,
                ["changes"] = entry.Change is { } change ? new JsonArray([.. change.Lines().Select(l => (JsonNode?)JsonValue.Create(l.Trim()))]) : null,
                ["change"] = entry.Change is null ? null : JsonSerializer.SerializeToNode(entry.Change, PolicyJson.Options),
                ["detail"] = entry.Detail,
            });
        }

        var root = new JsonObject
        {
            ["base"] = report.Base,
            ["summary"] = VerdictImpact.Summary(report),
            ["scenarios"] = scenarios,
            ["removed"] = new JsonArray([.. report.Removed.Select(r => (JsonNode?)JsonValue.Create(r))]),
            ["markdown"] = VerdictImpact.Markdown(report),
        };
        return Results.Text(root.ToJsonString(PolicyJson.Options), Json);
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

/// <summary>The answer to an approval: the scenario, whether a received verdict was approved, and how it verifies now.</summary>
internal sealed record ApprovalResult(string Scenario, bool Approved, string Verify);

/// <summary>One scenario in full: the case as written and its approved verdict (null when none is approved yet).</summary>
internal sealed record ScenarioDetail(string Name, string? RuleSet, JsonElement? Case, JsonElement? ApprovedVerdict)
{
    public static ScenarioDetail Of(Workspace workspace, Scenario scenario) =>
        new(workspace.Name(scenario), scenario.RuleSet, WorkbenchRoutes.ReadJson(scenario.CasePath), WorkbenchRoutes.ReadJson(scenario.VerdictPath));
}
