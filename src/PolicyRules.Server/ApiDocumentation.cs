using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scalar.AspNetCore;
using Microsoft.OpenApi;
using PolicyRules.Cases;
using PolicyRules.Engine;
using PolicyRules.Json;

namespace PolicyRules.Server;

/// <summary>
/// The OpenAPI document at /openapi/v1.json and the reference page at /reference. The case schema in it is the published
/// docs/case.schema.json (one source for the reader, the schema and the API); every operation lists each status it can
/// answer with and the problem document it then returns; the examples are the motivating case and what this server,
/// with its rule sets, answers to it.
/// </summary>
internal static class ApiDocumentation
{
    public const string DocumentPath = "/openapi/v1.json";

    public const string ReferencePath = "/reference";

    public const string ProblemJson = "application/problem+json";

    public const string BearerScheme = "bearer";

    /// <summary>The tags, in the order the reference page shows them.</summary>
    public static readonly (string Name, string Description)[] Tags =
    [
        ("Verdicts", "Evaluate a case against the rule sets, or explain how the verdict came about."),
        ("Rules", "The rule catalogue: every rule the server evaluates, with citations and effective dates."),
        ("Health", "Liveness, for load balancers and orchestrators; needs no token."),
    ];

    /// <summary>What each problem status means, with the problem types it comes with (README, "Use over HTTP").</summary>
    private static readonly Dictionary<string, string> StatusDescriptions = new(StringComparer.Ordinal)
    {
        ["400"] = "The case is not valid (`invalid-case`: `problems` lists each with its JSON path and line), `whyNot` names no rule (`unknown-rule`), the body is not well-formed HTTP (`bad-request`), or, on a server without a token, the Host header names none of `PolicyRules:AllowedHosts` (`host-not-allowed`).",
        ["404"] = "No rule has that ID (`unknown-rule`).",
        ["408"] = "The body did not arrive in time (`request-timeout`).",
        ["413"] = "The body is larger than `PolicyRules:MaxRequestBodyBytes` (`too-large`).",
        ["415"] = "The request has no `Content-Type: application/json` (`unsupported-media-type`).",
        ["500"] = "A rule could not finish on this case (`rule-failed`, with `ruleId`), or the server failed (`internal`).",
        ["503"] = "The request ran past `PolicyRules:RequestTimeoutSeconds` (`timeout`), the server has no place for the case now (`busy`), or the decision log could not record the decision (`decision-not-recorded`); the last two carry `Retry-After`.",
    };

    /// <summary>The motivating case, shipped inside the server so the examples need no repository.</summary>
    private const string MotivatingCaseResource = "PolicyRules.Server.motivating-case.case.json";

    public static void AddDocumentation(this IServiceCollection services, PolicyServerOptions options)
    {
        services.AddSingleton<DocumentationParts>();
        services.AddOpenApi(openApi =>
        {
            openApi.AddDocumentTransformer((document, context, _) =>
            {
                Describe(document, options);
                ReplaceCaseSchemas(document, context.ApplicationServices.GetRequiredService<DocumentationParts>().CaseSchemas);
                return Task.CompletedTask;
            });
            openApi.AddOperationTransformer((operation, context, _) =>
            {
                var health = context.Description.RelativePath == "healthz";
                var protectedRoute = options.Token is not null && !health;
                operation.Security = [protectedRoute ? BearerRequirement(context.Document!) : new OpenApiSecurityRequirement()];
                foreach (var (status, response) in operation.Responses ?? [])
                {
                    if (response is OpenApiResponse { Content: { } content } answer && content.ContainsKey(ProblemJson) && StatusDescriptions.TryGetValue(status, out var text))
                    {
                        answer.Description = text;
                        if (status == "503")
                        {
                            answer.Headers = new Dictionary<string, IOpenApiHeader>
                            {
                                ["Retry-After"] = new OpenApiHeader
                                {
                                    Description = "With `busy` and `decision-not-recorded`: seconds to wait before trying again (`PolicyRules:RetryAfterSeconds`).",
                                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                                },
                            };
                        }
                    }
                }

                if (protectedRoute)
                {
                    AddProblem(operation, StatusCodes.Status401Unauthorized, "No token, or not the token the server was started with (`unauthorized`).");
                }
                else if (!health && operation.Responses?.ContainsKey("400") != true)
                {
                    AddProblem(operation, StatusCodes.Status400BadRequest, "The Host header names none of `PolicyRules:AllowedHosts` (`host-not-allowed`; only a server without a token checks it).");
                }

                if (operation.OperationId is "Evaluate" or "Explain")
                {
                    AddExamples(operation, context.ApplicationServices.GetRequiredService<DocumentationParts>());
                }

                return Task.CompletedTask;
            });
        });
    }

    public static void MapDocumentation(this WebApplication app)
    {
        // Bounded work of the server's own (the first answer builds the schemas and the examples), not a client's body.
        app.MapOpenApi(DocumentPath).ExcludeFromDescription().DisableRequestTimeout();
        app.MapScalarApiReference(ReferencePath, reference => reference
            .WithTitle("PolicyRules API reference")
            .WithOpenApiRoutePattern(DocumentPath)
            .DisableDefaultFonts()
            .DisableTelemetry())
            .ExcludeFromDescription();
    }

    /// <summary>Declares the problem document a route answers with for each of <paramref name="statuses"/>.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder route, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            route.Produces<ProblemDocument>(status, ProblemJson);
        }

        return route;
    }

    private static void Describe(OpenApiDocument document, PolicyServerOptions options)
    {
        document.Info.Title = "PolicyRules API";
        document.Info.Version = typeof(ApiDocumentation).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        document.Info.Description =
            "Evaluate and explain cases against cited rule sets (INTERPOL's rules, U.S. extradition procedure); list the rules. " +
            "A case is the JSON of `policyrules evaluate`; its schema is the published case schema. Every error is an RFC 9457 " +
            "problem document whose `type` names the kind of problem. " +
            (options.Token is null
                ? "This server was started without a token: no route needs one."
                : "This server was started with a token: every route but /healthz needs `Authorization: Bearer <token>`.");
        document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
        document.Info.Contact = new OpenApiContact { Name = "PolicyRules contributors (CONTRIBUTING.md; security reports: SECURITY.md)" };

        // ASP.NET names the server by the request's base, with a trailing slash that doubles the slash before each path.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The token the server was started with (`PolicyRules:Token` or `POLICYRULES_TOKEN`). Needed on every route but /healthz when the server has a token; a server without one needs none.",
        };
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
    }

    private static OpenApiSecurityRequirement BearerRequirement(OpenApiDocument document) =>
        new() { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] };

    private static void AddProblem(OpenApiOperation operation, int status, string description)
    {
        operation.Responses ??= [];
        operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemJson] = new() { Schema = new OpenApiSchemaReference(nameof(ProblemDocument)) },
            },
        };
    }

    /// <summary>
    /// Puts the published case schema in place of the one ASP.NET derives from the records: the reader's own rules (null
    /// where allowed, enums of country codes, exact dates, limits) are what a client should validate against.
    /// </summary>
    private static void ReplaceCaseSchemas(OpenApiDocument document, string caseSchemas)
    {
        var parsed = OpenApiDocument.Parse(caseSchemas, "json").Document
            ?? throw new InvalidOperationException("The case schema could not be read as OpenAPI components.");
        document.Components!.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, caseSchema) in parsed.Components!.Schemas!)
        {
            document.Components.Schemas[name] = caseSchema;
        }
    }

    /// <summary>The published case schema as the components of an otherwise empty OpenAPI document.</summary>
    private static string CaseSchemasAsComponents()
    {
        var schema = JsonNode.Parse(CaseDocumentation.Schema())!.AsObject();
        var defs = schema["$defs"]!.AsObject();
        schema.Remove("$defs");
        schema.Remove("$schema");
        schema.Remove("$id");
        var schemas = new JsonObject { ["Case"] = schema };
        foreach (var (name, def) in defs.ToList())
        {
            defs.Remove(name);
            schemas[name] = def;
        }

        var wrapper = new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = new JsonObject { ["title"] = "case", ["version"] = "1" },
            ["paths"] = new JsonObject(),
            ["components"] = new JsonObject { ["schemas"] = schemas },
        };
        return wrapper.ToJsonString().Replace("\"#/$defs/", "\"#/components/schemas/", StringComparison.Ordinal);
    }

    /// <summary>The motivating case as the request example, and this server's answer to it as the 200 example.</summary>
    private static void AddExamples(OpenApiOperation operation, DocumentationParts parts)
    {
        const string summary = "The motivating case: a state without a U.S. extradition treaty publishes a campaign list and presses relatives.";
        if (operation.RequestBody?.Content?.TryGetValue("application/json", out var request) == true)
        {
            request.Examples = new Dictionary<string, IOpenApiExample> { ["motivating-case"] = new OpenApiExample { Summary = summary, Value = JsonNode.Parse(parts.MotivatingCase) } };
        }

        var answer = operation.OperationId == "Explain" ? parts.Explanation : parts.Verdict;
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/json", out var media) == true)
        {
            media.Examples = new Dictionary<string, IOpenApiExample> { ["motivating-case"] = new OpenApiExample { Summary = "What this server answers to the motivating case.", Value = JsonNode.Parse(answer) } };
        }
    }

    /// <summary>The parts of the document that cost an evaluation or a reflection pass: made once per server, on first use.</summary>
    internal sealed class DocumentationParts(PolicyEngine engine, ICaseExplainer explainer)
    {
        private static readonly Lazy<string> MotivatingCaseText = new(ReadMotivatingCase);
        private static readonly Lazy<string> CaseSchemaComponents = new(CaseSchemasAsComponents);
        private readonly Lazy<string> _verdict = new(() => PolicyJson.Canonical(engine.Evaluate(CaseReader.Read(MotivatingCaseText.Value))));
        private readonly Lazy<string> _explanation = new(() => JsonSerializer.Serialize(explainer.Explain(CaseReader.Read(MotivatingCaseText.Value)), PolicyJson.Options));

        public string CaseSchemas => CaseSchemaComponents.Value;

        public string MotivatingCase => MotivatingCaseText.Value;

        public string Verdict => _verdict.Value;

        public string Explanation => _explanation.Value;

        private static string ReadMotivatingCase()
        {
            using var stream = typeof(ApiDocumentation).Assembly.GetManifestResourceStream(MotivatingCaseResource)
                ?? throw new InvalidOperationException($"The resource {MotivatingCaseResource} is missing from the server assembly.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}

/// <summary>An RFC 9457 problem document, as every error of the API is written.</summary>
internal sealed record ProblemDocument
{
    /// <summary>The kind of problem: /problems/ followed by its name (invalid-case, too-large, unauthorized, unknown-rule, timeout, busy, ...), relative to the server, which serves a page on each; docs/problems.md lists them all.</summary>
    public required string Type { get; init; }

    /// <summary>A short, fixed title for the kind of problem.</summary>
    public required string Title { get; init; }

    /// <summary>The HTTP status code.</summary>
    public required int Status { get; init; }

    /// <summary>One line: what went wrong and what to do next.</summary>
    public string? Detail { get; init; }

    /// <summary>The path of the request.</summary>
    public string? Instance { get; init; }

    /// <summary>For `invalid-case`: every problem with the case, each with its JSON path and line.</summary>
    public ImmutableArray<ProblemItem>? Problems { get; init; }

    /// <summary>For `rule-failed`: the ID of the rule that could not finish.</summary>
    public string? RuleId { get; init; }

    /// <summary>The request's trace identifier, to quote when reporting a problem.</summary>
    public string? TraceId { get; init; }
}
