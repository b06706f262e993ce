using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using PolicyRules.Testing;

namespace PolicyRules.Server.Tests;

/// <summary>
/// The OpenAPI document as third-party tools read it, fetched from a real listener: Redocly CLI's recommended rules find
/// no error in it, and what the server answers (statuses and bodies) is what the document says, checked by an independent
/// JSON Schema validator against the document's own schemas.
/// </summary>
public sealed partial class OpenApiContractTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task The_document_of_a_server_with_a_token_passes_the_recommended_rules_of_Redocly_with_no_errors()
    {
        await AssertLintsClean(await server.Anonymous.GetStringAsync("openapi/v1.json"));
    }

    [Fact]
    public async Task The_document_of_a_server_without_a_token_passes_the_recommended_rules_of_Redocly_with_no_errors()
    {
        var (app, address) = await ServerFixture.StartAsync();
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };

        var document = await client.GetStringAsync("openapi/v1.json");

        await AssertLintsClean(document);
        var operations = JsonNode.Parse(document)!["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()).Select(o => o.Value!).ToList();
        Assert.All(operations, o => Assert.Equal("[{}]", o["security"]!.ToJsonString()));
        Assert.All(operations, o => Assert.Null(o["responses"]!["401"]));
    }

    [Fact]
    public async Task A_server_with_a_token_documents_the_bearer_scheme_on_every_route_but_health()
    {
        var document = JsonNode.Parse(await server.Anonymous.GetStringAsync("openapi/v1.json"))!;

        Assert.Equal("http", document["components"]!["securitySchemes"]!["bearer"]!["type"]!.GetValue<string>());
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["bearer"]!["scheme"]!.GetValue<string>());
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (_, operation) in item!.AsObject())
            {
                var expected = path == "/healthz" ? "[{}]" : "[{\"bearer\":[]}]";
                Assert.Equal(expected, operation!["security"]!.ToJsonString());
                Assert.Equal(path != "/healthz", operation["responses"]!["401"] is not null);
            }
        }
    }

    [Fact]
    public async Task The_case_schema_of_the_document_is_the_published_case_schema()
    {
        var document = JsonNode.Parse(await server.Anonymous.GetStringAsync("openapi/v1.json"))!;
        var published = JsonNode.Parse(File.ReadAllText(TestPaths.InRepository("docs", "case.schema.json")))!;

        var schemas = document["components"]!["schemas"]!;
        foreach (var (name, def) in published["$defs"]!.AsObject())
        {
            var expected = def!.ToJsonString().Replace("#/$defs/", "#/components/schemas/", StringComparison.Ordinal);
            Assert.True(JsonNode.DeepEquals(SortTypes(JsonNode.Parse(expected)), SortTypes(schemas[name]!.DeepClone())), $"components/schemas/{name} differs from $defs/{name} of docs/case.schema.json");
        }

        Assert.Equal("#/components/schemas/Case", document["paths"]!["/v1/evaluate"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
    }

    public static TheoryData<string, string, string?, bool> Exchanges() => new()
    {
        { "POST", "v1/evaluate", "motivating", true },
        { "POST", "v1/explain", "motivating", true },
        { "POST", "v1/explain?whyNot=INT-0102", "motivating", true },
        { "GET", "v1/rules", null, true },
        { "GET", "v1/rules/INT-0402", null, true },
        { "GET", "healthz", null, false },
        { "POST", "v1/evaluate", "invalid", true },
        { "POST", "v1/explain?whyNot=NOPE-0000", "motivating", true },
        { "POST", "v1/evaluate", "too-large", true },
        { "GET", "v1/rules/NOPE-0000", null, true },
        { "GET", "v1/rules", null, false },
        { "POST", "v1/evaluate", "motivating", false },
    };

    [Theory]
    [MemberData(nameof(Exchanges))]
    public async Task Each_answer_has_a_documented_status_and_a_body_valid_under_the_documented_schema(string method, string path, string? body, bool withToken)
    {
        var document = JsonNode.Parse(await server.Anonymous.GetStringAsync("openapi/v1.json"))!;
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = TestBodies.Json(body switch
            {
                "motivating" => TestBodies.MotivatingCase,
                "invalid" => TestBodies.Minimal.Replace("\"fraud\"", "\"frawd\"", StringComparison.Ordinal),
                _ => TestBodies.Minimal.Replace("\"asOf\"", $"\"scenario\": \"{new string('x', 70_000)}\", \"asOf\"", StringComparison.Ordinal),
            });
        }

        using var response = await (withToken ? server.Client : server.Anonymous).SendAsync(request);
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var templated = TemplatedPath(path);

        var operation = document["paths"]![templated]![method.ToLowerInvariant()]!;
        var documented = operation["responses"]![status];
        Assert.True(documented is not null, $"{method} {templated} answered {status}, which its operation does not document.");
        var mediaType = response.Content.Headers.ContentType!.MediaType!;
        var schema = documented["content"]?[mediaType]?["schema"];
        Assert.True(schema is not null, $"{method} {templated} answered {status} as {mediaType}, which the document does not describe.");
        var errors = DocumentSchemas.Errors(document, schema, await response.Content.ReadAsStringAsync());
        Assert.True(errors is null, $"{method} {path} answered {status} with a body the document's schema refuses: {errors}");
    }

    [Fact]
    public async Task Every_example_in_the_document_is_valid_under_its_schema_and_the_request_example_is_the_motivating_case()
    {
        var document = JsonNode.Parse(await server.Anonymous.GetStringAsync("openapi/v1.json"))!;
        var checkedExamples = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var media = new List<JsonNode?> { operation!["requestBody"]?["content"]?["application/json"] };
                media.AddRange(operation["responses"]!.AsObject().SelectMany(r => r.Value!["content"]?.AsObject().Select(c => c.Value) ?? []));
                foreach (var content in media.OfType<JsonObject>())
                {
                    foreach (var (name, example) in content["examples"]?.AsObject() ?? [])
                    {
                        var errors = DocumentSchemas.Errors(document, content["schema"]!, example!["value"]!.ToJsonString());
                        Assert.True(errors is null, $"{method} {path}: example {name} is not valid under its schema: {errors}");
                        checkedExamples++;
                    }
                }
            }
        }

        var requestExample = document["paths"]!["/v1/evaluate"]!["post"]!["requestBody"]!["content"]!["application/json"]!["examples"]!["motivating-case"]!["value"];
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TestBodies.MotivatingCase), requestExample));
        Assert.Equal(4, checkedExamples);
    }

    [Fact]
    public async Task The_schema_check_refuses_a_body_that_breaks_the_documented_schema()
    {
        var document = JsonNode.Parse(await server.Anonymous.GetStringAsync("openapi/v1.json"))!;
        var verdict = new JsonObject { ["$ref"] = "#/components/schemas/Verdict" };

        Assert.NotNull(DocumentSchemas.Errors(document, verdict, "{}"));
        Assert.NotNull(DocumentSchemas.Errors(document, new JsonObject { ["$ref"] = "#/components/schemas/Case" }, TestBodies.Minimal.Replace("\"XA\"]", "\"xa\"]", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_reference_page_is_served_by_the_server_itself_with_no_token_and_nothing_from_another_origin()
    {
        using var page = await server.Anonymous.GetAsync("reference/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var assets = AssetReference().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.Contains("scalar.js", assets);
        foreach (var asset in assets)
        {
            Assert.False(asset.StartsWith("//", StringComparison.Ordinal) || asset.Contains("://", StringComparison.Ordinal), $"the page loads {asset} from another origin");
            using var response = await server.Anonymous.GetAsync("reference/" + asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"reference/{asset} answered {(int)response.StatusCode}");
        }

        // The bundle is the whole interactive reference (megabytes), not a loader that fetches it from elsewhere.
        using var bundle = await server.Anonymous.GetAsync("reference/scalar.js");
        Assert.True((await bundle.Content.ReadAsByteArrayAsync()).Length > 1_000_000);

        // The page reads the document from this server; fonts and telemetry from Scalar's own hosts are off.
        Assert.Contains("\"url\":\"openapi/v1.json\"", html, StringComparison.Ordinal);
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", html, StringComparison.Ordinal);
    }

    private static async Task AssertLintsClean(string document)
    {
        using var folder = TestPaths.NewTempFolder();
        var file = folder.File("openapi.json");
        await File.WriteAllTextAsync(file, document);

        var (exitCode, output, error) = await ContractTools.RunAsync(
            ContractTools.Redocly,
            ["lint", "--extends=recommended", "--format=json", file],
            new Dictionary<string, string> { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1" });

        var json = output[output.IndexOf('{', StringComparison.Ordinal)..];
        var report = JsonNode.Parse(json)!;
        var problems = report["problems"]!.AsArray()
            .Select(p => $"{p!["severity"]} {p["ruleId"]} at {p["location"]?[0]?["pointer"]}: {p["message"]}");
        Assert.True(
            exitCode == 0 && report["totals"]!["errors"]!.GetValue<int>() == 0,
            $"redocly lint exited {exitCode}:\n{string.Join("\n", problems)}\n{error}");
    }

    /// <summary>`"type": ["string", "null"]` and `["null", "string"]` say the same; the OpenAPI writer puts null first.</summary>
    private static JsonNode? SortTypes(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToList())
            {
                obj[name] = name == "type" && child is JsonArray types
                    ? new JsonArray([.. types.Select(t => t!.GetValue<string>()).Order(StringComparer.Ordinal).Select(t => (JsonNode)t)])
                    : SortTypes(child?.DeepClone());
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                array[i] = SortTypes(array[i]?.DeepClone());
            }
        }

        return node;
    }

    private static string TemplatedPath(string path)
    {
        var plain = "/" + path.Split('?')[0];
        return RuleIdSegment().IsMatch(plain) ? RuleIdSegment().Replace(plain, "/v1/rules/{id}") : plain;
    }

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]+)\"")]
    private static partial Regex AssetReference();

    [GeneratedRegex("^/v1/rules/[^/]+$")]
    private static partial Regex RuleIdSegment();
}

/// <summary>Validates JSON against a schema of an OpenAPI 3.1 document, whose schemas are JSON Schema 2020-12.</summary>
internal static class DocumentSchemas
{
    private static int _builds;

    public static string? Errors(JsonNode document, JsonNode schema, string json)
    {
        var defs = document["components"]!["schemas"]!.DeepClone();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://policyrules.invalid/openapi-test/{Interlocked.Increment(ref _builds)}",
            ["$defs"] = defs,
            ["allOf"] = new JsonArray(schema.DeepClone()),
        };
        var text = root.ToJsonString().Replace("\"#/components/schemas/", "\"#/$defs/", StringComparison.Ordinal);
        var built = JsonSchema.FromText(text);
        using var instance = JsonDocument.Parse(json);
        var result = built.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return null;
        }

        return string.Join("; ", (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({e.Key}): {e.Value}"))
            .Take(5));
    }
}
