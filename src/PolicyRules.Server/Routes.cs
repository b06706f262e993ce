using System.Collections.Immutable;
using PolicyRules.Cases;
using PolicyRules.Decisions;
using PolicyRules.DependencyInjection;
using PolicyRules.Engine;
using PolicyRules.Engine.Tracing;
using PolicyRules.Facts;
using PolicyRules.Json;
using PolicyRules.Verdicts;

namespace PolicyRules.Server;

/// <summary>The routes. Case bodies are read as bytes and go through <see cref="CaseReader.TryRead"/>, the CLI's own code path.</summary>
internal static class Routes
{
    private const string Json = "application/json";

    public static void Map(WebApplication app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new Health("ok")))
            .WithName("Health").WithTags("Health").WithSummary("Liveness: answers while the server runs; needs no token.");

        var v1 = app.MapGroup("/v1");
        v1.MapPost("/evaluate", Evaluate)
            .WithName("Evaluate").WithSummary("Evaluates a case; the verdict is the same JSON as `policyrules evaluate --format json`.")
            .WithTags("Verdicts").Accepts<Case>(Json).Produces<Verdict>(StatusCodes.Status200OK, Json)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status408RequestTimeout, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable);
        v1.MapPost("/explain", Explain)
            .WithName("Explain").WithSummary("Evaluates a case and returns the verdict with the rule firings behind it; `?whyNot=RULE-ID` adds why that rule did not fire.")
            .WithTags("Verdicts").Accepts<Case>(Json).Produces<Explanation>(StatusCodes.Status200OK, Json)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status408RequestTimeout, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable);
        v1.MapGet("/rules", (PolicyEngine engine) => TypedResults.Ok(new RuleCatalogDocument
        {
            RuleSets = [.. engine.RuleSets.Select(RuleSetDocument.Of)],
            Rules = [.. engine.Rules.Select(RuleDocument.Of)],
        }))
            .WithName("ListRules").WithTags("Rules").WithSummary("Every rule set and rule the server evaluates, with citations and effective dates.")
            .ProducesProblems(StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable);
        v1.MapGet("/rules/{id}", (string id, PolicyEngine engine) => engine.FindRule(id) is { } rule
                ? Results.Ok(RuleDocument.Of(rule, detailed: true))
                : Problems.Result(ProblemCatalog.UnknownRule,
                    $"No rule has the ID `{Echo.Of(id)}`; GET /v1/rules lists every rule ID."))
            .WithName("GetRule").WithTags("Rules").WithSummary("One rule by its permanent ID, with remarks.")
            .Produces<RuleDocument>(StatusCodes.Status200OK, Json)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable);
        app.MapGet(ProblemCatalog.Path, () => TypedResults.Content(ProblemCatalog.IndexHtml(), "text/html; charset=utf-8"))
            .ExcludeFromDescription();
        app.MapGet(ProblemCatalog.Path + "/{name}", (string name) => ProblemCatalog.Find(name) is { } kind
                ? TypedResults.Content(ProblemCatalog.Html(kind), "text/html; charset=utf-8")
                : Problems.Result(ProblemCatalog.NotFound, $"No problem type is named `{Echo.Of(name)}`; {ProblemCatalog.Path} lists them all."))
            .ExcludeFromDescription();
        app.MapDocumentation();
    }

    private static Task<IResult> Evaluate(HttpContext context, PolicyEngine engine, PolicyRulesOptions options, IDecisionRecorder decisions, EvaluationGate gate) =>
        Admit(context, options, gate, decisions, policyCase =>
        {
            var verdict = engine.Evaluate(policyCase, context.RequestAborted);
            return (verdict, Results.Text(PolicyJson.Canonical(verdict), Json, System.Text.Encoding.UTF8));
        });

    private static Task<IResult> Explain(
        HttpContext context, ICaseExplainer explainer, PolicyEngine engine, PolicyRulesOptions options, IDecisionRecorder decisions, EvaluationGate gate, string? whyNot = null)
    {
        whyNot = string.IsNullOrWhiteSpace(whyNot) ? null : whyNot.Trim();
        if (whyNot is not null && engine.FindRule(whyNot) is null)
        {
            return Task.FromResult(Problems.Result(ProblemCatalog.UnknownRule, $"whyNot: {Tracer.UnknownRule(engine, Echo.Of(whyNot))}", status: StatusCodes.Status400BadRequest));
        }

        return Admit(context, options, gate, decisions, policyCase =>
        {
            var explanation = explainer.Explain(policyCase, whyNot, context.RequestAborted);
            return (explanation.Verdict, Results.Text(System.Text.Json.JsonSerializer.Serialize(explanation, PolicyJson.Options) + "\n", Json, System.Text.Encoding.UTF8));
        });
    }

    /// <summary>
    /// Reads the case, waits for a place in its lane, evaluates it within the request's time, and records the decision.
    /// A timeout or an aborted request surfaces as <see cref="OperationCanceledException"/>, which the request-timeout
    /// middleware turns into the 503 timeout problem.
    /// </summary>
    private static async Task<IResult> Admit(
        HttpContext context, PolicyRulesOptions options, EvaluationGate gate, IDecisionRecorder decisions, Func<Case, (Verdict Verdict, IResult Answer)> evaluate)
    {
        var serverOptions = context.RequestServices.GetRequiredService<PolicyServerOptions>();

        // A large body takes its place in the heavy lane before it is read, so a burst of them is turned away unparsed.
        var large = context.Request.ContentLength > EvaluationGate.HeavyBodyBytes;
        var early = large ? await gate.EnterHeavyAsync(context.RequestAborted) : null;
        if (early is { IsAcquired: false })
        {
            early.Dispose();
            return EvaluationGate.Busy(serverOptions, context, heavy: true);
        }

        // Until the lease below owns it, the early place is released here on every path: a read that times out or that the
        // client abandons throws, and a place kept then would close the heavy lane for good.
        Case? policyCase;
        IResult? problem;
        try
        {
            (policyCase, problem) = await ReadCase(context, options);
        }
        catch
        {
            early?.Dispose();
            throw;
        }

        if (policyCase is null)
        {
            early?.Dispose();
            return problem!;
        }

        using var lease = early ?? await gate.EnterAsync(policyCase, context.RequestAborted);
        if (!lease.IsAcquired)
        {
            return EvaluationGate.Busy(serverOptions, context, heavy: EvaluationGate.Weight(policyCase) > gate.HeavyCaseFacts);
        }

        (Verdict Verdict, IResult Answer) result;
        try
        {
            result = evaluate(policyCase);
        }
        catch (PolicyEngineException e) when (e.BudgetExceeded)
        {
            // The engine's own clock can run out a moment before the request's timer; the answer is the same.
            return Problems.Timeout(serverOptions, context);
        }
        catch (PolicyEngineException e)
        {
            return RuleFailed(e);
        }

        try
        {
            decisions.Record(policyCase, result.Verdict);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // Fail closed: a verdict the log does not hold is not given out (docs/reliability.md, "Decision log").
            context.Response.Headers.RetryAfter = serverOptions.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problems.Result(ProblemCatalog.DecisionNotRecorded,
                "The case was evaluated, but its decision record could not be written to the decision log, so the verdict is withheld; retry later. The server's operator has the cause in its log.");
        }

        return result.Answer;
    }

    /// <summary>Reads the whole body (bounded by Kestrel's body limit) and then the case, as the CLI reads a file.</summary>
    private static async Task<(Case? Case, IResult? Problem)> ReadCase(HttpContext context, PolicyRulesOptions options)
    {
        // The endpoint's Accepts metadata refuses other media types, but lets a request without Content-Type through.
        if (string.IsNullOrWhiteSpace(context.Request.ContentType))
        {
            return (null, Problems.Result(ProblemCatalog.UnsupportedMediaType,
                "Send the case as JSON with the header `Content-Type: application/json`."));
        }

        var limit = context.RequestServices.GetRequiredService<PolicyServerOptions>().MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream(context.Request.ContentLength is { } length ? (int)length : 4096);
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(limit));
        }

        if (body.Length == 0)
        {
            return (null, Problems.InvalidCase([new CaseProblem("$", null, "the request body is empty; send a case as JSON.")]));
        }

        var (policyCase, problems) = CaseReader.TryRead(body, options.CaseLimits);
        return policyCase is null ? (null, Problems.InvalidCase(problems)) : (policyCase, null);
    }

    private static IResult TooLarge(long limit) =>
        Problems.Result(ProblemCatalog.TooLarge, $"The limit is {limit} bytes; split or trim the case.");

    /// <summary>A rule defect, not the client's fault: the rule ID is named, the exception is not.</summary>
    private static IResult RuleFailed(PolicyEngineException e) =>
        Problems.Result(ProblemCatalog.RuleFailed,
            $"Rule `{e.RuleId ?? "unknown"}` could not finish on this case; the rule set needs a fix. Other cases are not affected.",
            new Dictionary<string, object?> { ["ruleId"] = e.RuleId });
}

/// <summary>The /healthz answer.</summary>
/// <param name="Status">"ok" while the server runs.</param>
internal sealed record Health(string Status);

/// <summary>The /v1/rules answer.</summary>
internal sealed record RuleCatalogDocument
{
    /// <summary>The rule sets, in verdict order.</summary>
    public required ImmutableArray<RuleSetDocument> RuleSets { get; init; }

    /// <summary>Every rule, by rule set then ID.</summary>
    public required ImmutableArray<RuleDocument> Rules { get; init; }
}

/// <summary>A rule set as the API describes it.</summary>
internal sealed record RuleSetDocument
{
    public required string Name { get; init; }

    public required string Title { get; init; }

    public required string Version { get; init; }

    public required string DenyMeaning { get; init; }

    public required string ReviewMeaning { get; init; }

    public required string AllowMeaning { get; init; }

    public static RuleSetDocument Of(RuleSetInfo set) => new()
    {
        Name = set.Name,
        Title = set.Title,
        Version = set.Version,
        DenyMeaning = set.DenyMeaning,
        ReviewMeaning = set.ReviewMeaning,
        AllowMeaning = set.AllowMeaning,
    };
}

/// <summary>A rule as the API describes it; remarks and derived facts only in the single-rule answer.</summary>
internal sealed record RuleDocument
{
    public required string Id { get; init; }

    public required string RuleSet { get; init; }

    public required string Description { get; init; }

    public required string Provision { get; init; }

    public required ImmutableArray<Citation> Citations { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public DateOnly? EffectiveUntil { get; init; }

    public required ImmutableArray<Effect> Effects { get; init; }

    public ImmutableArray<string>? Derives { get; init; }

    public ImmutableArray<string>? Remarks { get; init; }

    public static RuleDocument Of(RuleInfo rule) => Of(rule, detailed: false);

    public static RuleDocument Of(RuleInfo rule, bool detailed) => new()
    {
        Id = rule.Id,
        RuleSet = rule.RuleSet,
        Description = rule.Description,
        Provision = rule.Provision,
        Citations = rule.Citations,
        EffectiveFrom = rule.EffectiveFrom,
        EffectiveUntil = rule.EffectiveUntil,
        Effects = rule.Effects,
        Derives = detailed ? rule.Derives : null,
        Remarks = detailed ? rule.Remarks : null,
    };
}
