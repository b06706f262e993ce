using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PolicyRules.Testing;

namespace PolicyRules.Server.Tests;

/// <summary>
/// What an app does with the OpenAPI document: Kiota generates a C# client from the document a real listener serves, the
/// client is compiled, sends the motivating case through its typed models, and reads back the same verdict as
/// `policyrules evaluate --format json`.
/// </summary>
public sealed class GeneratedClientTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>The app's code, written against the generated client as a developer would write it.</summary>
    private const string App = """
        using System;
        using System.Linq;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Abstractions.Serialization;
        using Microsoft.Kiota.Http.HttpClientLibrary;
        using PolicyRules.Client;
        using PolicyRules.Client.Models;

        public static class App
        {
            public static async Task<string[]> EvaluateAsync(HttpClient http, string baseUrl, string caseJson)
            {
                var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = baseUrl };
                var client = new PolicyRulesClient(adapter);
                var policyCase = await KiotaJsonSerializer.DeserializeAsync<Case>(caseJson, Case.CreateFromDiscriminatorValue);
                Verdict verdict = (await client.V1.Evaluate.PostAsync(policyCase!))!;
                var outcomes = verdict.RuleSets!.Select(r => $"{r.RuleSet} {r.Outcome}: {string.Join(", ", r.Findings!.Select(f => f.RuleId))}");
                return [await KiotaJsonSerializer.SerializeAsStringAsync(verdict), .. outcomes];
            }
        }
        """;

    [Fact]
    public async Task A_Kiota_client_generated_from_the_document_sends_the_motivating_case_and_reads_the_cli_verdict()
    {
        using var folder = TestPaths.NewTempFolder();
        var documentPath = folder.File("openapi.json");
        await File.WriteAllTextAsync(documentPath, await server.Anonymous.GetStringAsync("openapi/v1.json"));
        var output = Path.Combine(folder.Path, "client");

        var generated = await ContractTools.RunKiotaAsync(
            ["generate", "--language", "CSharp", "--openapi", documentPath, "--output", output, "--class-name", "PolicyRulesClient",
             "--namespace-name", "PolicyRules.Client", "--exclude-backward-compatible", "--log-level", "Warning"]);
        Assert.True(generated.ExitCode == 0, $"kiota generate exited {generated.ExitCode}:\n{generated.Output}\n{generated.Error}");

        var app = Compile(Directory.GetFiles(output, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText).Append(App));
        var evaluate = app.GetType("App")!.GetMethod("EvaluateAsync")!;
        var answer = await (Task<string[]>)evaluate.Invoke(null, [server.Client, server.BaseAddress.ToString().TrimEnd('/'), TestBodies.MotivatingCase])!;

        var cli = await ContractTools.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "PolicyRules.Cli.dll"), "evaluate", MotivatingCasePath, "--format", "json"]);
        Assert.True(cli.ExitCode == 0, cli.Error);
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(cli.Output), JsonNode.Parse(answer[0])),
            $"the generated client read a verdict other than the CLI's:\nclient: {answer[0]}\ncli: {cli.Output}");

        // The typed models carry the verdict (rule sets, outcomes, findings), not only the client's bag of unknown members.
        var expected = JsonNode.Parse(cli.Output)!["ruleSets"]!.AsArray().Select(r =>
            $"{r!["ruleSet"]} {r["outcome"]}: {string.Join(", ", r["findings"]!.AsArray().Select(f => f!["ruleId"]!.GetValue<string>()))}");
        Assert.Equal(expected.Select(e => e.ToUpperInvariant()), answer.Skip(1).Select(a => a.ToUpperInvariant()));
        Assert.Contains(answer, a => a.StartsWith("interpol ", StringComparison.Ordinal));
    }

    private static string MotivatingCasePath => TestPaths.InRepository("rules", "PolicyRules.Rules.Interpol", "Scenarios", "motivating-case.case.json");

    /// <summary>Compiles the generated client and the app in memory against the assemblies this test runs with.</summary>
    private static Assembly Compile(IEnumerable<string> sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: ["NET", "NET10_0_OR_GREATER", "NET5_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER", "NETSTANDARD2_1_OR_GREATER"]);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "PolicyRules.GeneratedClient",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, parse)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10).Select(d => d.ToString());
        Assert.True(result.Success, "the generated client does not compile:\n" + string.Join("\n", errors));
        image.Position = 0;
        return new AssemblyLoadContext("generated-client", isCollectible: true).LoadFromStream(image);
    }
}
