using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyRules.Cases;
using PolicyRules.Testing;

namespace PolicyRules.Tests;

/// <summary>
/// The committed case schema and the case reader accept the same cases, up to the checks listed in <see cref="CaseChecks"/>:
/// every scenario passes both, and mutated scenarios are judged by both. Driven by the committed schema and the reader
/// alone, so a change to the fact model is caught however it changes the fields.
/// </summary>
public sealed class CaseSchemaContractTests
{
    private const int Mutants = 2500;

    private static readonly string[] ScenarioPaths = Directory.GetFiles(TestPaths.InRepository("rules"), "*.case.json", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Scenarios() =>
        [.. ScenarioPaths.Select(p => Path.GetRelativePath(TestPaths.RepositoryRoot, p))];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_scenario_is_valid_under_the_committed_schema_and_the_reader(string scenario)
    {
        var json = File.ReadAllText(TestPaths.InRepository(scenario));

        Assert.Empty(Read(json).Problems);
        Assert.Null(CommittedCaseSchema.Errors(json));
    }

    [Fact]
    public void Mutated_cases_are_accepted_by_the_reader_exactly_when_the_schema_accepts_them_but_for_the_listed_checks()
    {
        var seeds = ScenarioPaths.Select(p => JsonNode.Parse(File.ReadAllText(p))!).Append(JsonNode.Parse(TestCases.MinimalJson)!).ToArray();
        var mutator = new CaseMutator(seeds, CommittedCaseSchema.Text, seed: 20261203);
        var divergences = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int readerAccepted = 0, schemaOnly = 0, bothRefused = 0;
        for (var i = 0; i < Mutants && divergences.Count < 5; i++)
        {
            var json = mutator.Next().ToJsonString();
            var schemaErrors = CommittedCaseSchema.Errors(json);
            var problems = Read(json).Problems;
            if (problems.Count == 0)
            {
                readerAccepted++;
                if (schemaErrors is not null)
                {
                    divergences.Add($"the reader accepts what the schema refuses ({schemaErrors}):\n{json}");
                }

                continue;
            }

            if (schemaErrors is not null)
            {
                bothRefused++;
                continue;
            }

            schemaOnly++;
            var unlisted = problems.Where(p => p.Check is null).ToList();
            if (unlisted.Count > 0)
            {
                divergences.Add($"the schema accepts what the reader refuses for a reason CaseChecks does not list ({unlisted[0].Path}: {unlisted[0].Message}):\n{json}");
            }

            seen.UnionWith(problems.Where(p => p.Check is not null).Select(p => p.Check!.Id));
        }

        Assert.True(divergences.Count == 0, string.Join("\n\n", divergences));
        Assert.All(seen, id => Assert.Contains(id, Witnesses.Keys));

        // The fuzz must reach both sides, or it proves nothing.
        Assert.True(readerAccepted > Mutants / 10 && bothRefused > Mutants / 10, $"accepted {readerAccepted}, refused by both {bothRefused}, schema only {schemaOnly}");

    }

    /// <summary>For each check beyond the schema, a case the schema accepts and the reader refuses for that check alone.</summary>
    private static readonly Dictionary<string, Func<string>> Witnesses = new(StringComparer.Ordinal)
    {
        [CaseChecks.Size.Id] = OverTheSizeLimit,
        [CaseChecks.DuplicateField.Id] = () => TestCases.MinimalJson.Replace("\"asOf\": \"2026-01-15\",", "\"asOf\": \"2026-01-15\", \"asOf\": \"2026-01-15\",", StringComparison.Ordinal),
        [CaseChecks.LoneSurrogate.Id] = () => TestCases.MinimalJson.Replace("{\n", "{\n\"scenario\": \"\\uD800\",", StringComparison.Ordinal),
        [CaseChecks.DateAfterAsOf.Id] = () => Minimal(c => c["request"]!["issuedOn"] = "2026-01-16"),
        [CaseChecks.NcbNamesCountry.Id] = () => Minimal(c => c["request"]!.AsObject().Remove("requestingCountry")),
        [CaseChecks.UniqueChargeId.Id] = () => Minimal(c => c["charges"]!.AsArray().Add(c["charges"]![0]!.DeepClone())),
        [CaseChecks.SentenceImposedWithinMaximum.Id] = () => Minimal(c => c["charges"]![0]!["sentenceImposedMonths"] = 61),
        [CaseChecks.SentenceRemainingWithinImposed.Id] = () => Minimal(c =>
        {
            c["charges"]![0]!["sentenceImposedMonths"] = 24;
            c["charges"]![0]!["sentenceRemainingMonths"] = 25;
        }),
        [CaseChecks.ChargeReference.Id] = () => Minimal(c => c["us"] = new JsonObject { ["offenceAnalysis"] = new JsonArray(new JsonObject { ["chargeId"] = "c9" }) }),
        [CaseChecks.UniqueRequestId.Id] = () => Minimal(c =>
        {
            JsonNode Request() => new JsonObject { ["id"] = "r1", ["kind"] = "provisionalArrest", ["channel"] = "diplomatic", ["receivedOn"] = "2026-01-10", ["basis"] = "bilateralTreaty" };
            c["us"] = new JsonObject { ["requests"] = new JsonArray(Request(), Request()) };
        }),
        [CaseChecks.ArrestHasKind.Id] = () => Minimal(c => c["us"] = new JsonObject { ["proceedings"] = new JsonObject { ["arrestedOn"] = "2026-01-10" } }),
        [CaseChecks.CertifiedHasDate.Id] = () => Minimal(c => c["us"] = new JsonObject { ["proceedings"] = new JsonObject { ["certification"] = "certified" } }),
        [CaseChecks.DischargeHasReason.Id] = () => Minimal(c => c["us"] = new JsonObject { ["proceedings"] = new JsonObject { ["dischargedOn"] = "2026-01-10" } }),
        [CaseChecks.UniqueCount.Id] = () => Minimal(c => c["us"] = new JsonObject
        {
            ["proceedings"] = new JsonObject { ["counts"] = new JsonArray(new JsonObject { ["chargeId"] = "c1", ["certification"] = "certified" }, new JsonObject { ["chargeId"] = "c1", ["habeas"] = "denied" }) },
        }),
        [CaseChecks.RecordOrder.Id] = () => Minimal(c => c["us"] = new JsonObject { ["proceedings"] = new JsonObject { ["certification"] = "pending", ["habeasPending"] = true } }),
        [CaseChecks.UsNationalStatus.Id] = () => Minimal(c =>
        {
            c["person"]!["nationalities"] = new JsonArray("XA", "US");
            c["us"] = new JsonObject { ["personStatus"] = "otherNoncitizen" };
        }),
        [CaseChecks.LacksContradicted.Id] = () => Minimal(c => c["charges"]![0]!["lacks"] = new JsonArray("penalty")),
        [CaseChecks.LacksListedOnce.Id] = () => Minimal(c => c["request"]!["lacks"] = new JsonArray("summaryOfFacts", "summaryOfFacts")),
        [CaseChecks.IdentifiersListedOnce.Id] = () => Minimal(c => c["request"]!["identifiers"] = new JsonObject { ["given"] = new JsonArray("photograph", "alias", "photograph") }),
        [CaseChecks.KindBlocks.Id] = () => Minimal(c => c["request"]!["missingPerson"] = new JsonObject { ["reportedToPolice"] = true }),
        [CaseChecks.KindPurpose.Id] = () => Minimal(c =>
        {
            c["request"]!["kind"] = "diffusion";
            c["request"]!["purpose"] = "locateOnly";
        }),
        [CaseChecks.RevocationReasonOnRevoked.Id] = () => Minimal(c =>
        {
            c["request"]!["kind"] = "sltdRecord";
            c["request"]!.AsObject().Remove("purpose");
            c["request"]!["travelDocument"] = new JsonObject { ["status"] = "stolen", ["revocationReason"] = "politicalExpression" };
        }),
        [CaseChecks.HistoryEntryFields.Id] = () => Minimal(c => c["request"]!["history"] = new JsonArray(new JsonObject { ["kind"] = "ccfApplication", ["decision"] = "deleted" })),
    };

    public static TheoryData<string> ChecksBeyondTheSchema() => [.. CaseChecks.All.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(ChecksBeyondTheSchema))]
    public void Each_check_beyond_the_schema_has_a_case_the_schema_accepts_and_the_reader_refuses_for_that_check_alone(string check)
    {
        Assert.True(Witnesses.TryGetValue(check, out var witness), $"CaseChecks lists `{check}`, but no test shows a case that only it refuses; add one to Witnesses.");
        var json = witness();

        if (check != CaseChecks.LoneSurrogate.Id)
        {
            // What a validator makes of half a surrogate pair depends on its parser; the others are plain JSON.
            Assert.Null(CommittedCaseSchema.Errors(json));
        }

        Assert.Equal([check], Read(json).Problems.Select(p => p.Check?.Id).Distinct());
    }

    [Theory]
    [InlineData("\"maxPenaltyMonths\": 60.0", true)]
    [InlineData("\"maxPenaltyMonths\": 6e1", true)]
    [InlineData("\"maxPenaltyMonths\": 60.5", false)]
    [InlineData("\"maxPenaltyMonths\": -1", false)]
    [InlineData("\"maxPenaltyMonths\": 2147483648", false)]
    [InlineData("\"maxPenaltyMonths\": null", true)]
    public void Whole_numbers_are_read_as_the_schema_reads_them(string field, bool valid)
    {
        var json = TestCases.MinimalJson.Replace("\"maxPenaltyMonths\": 60", field, StringComparison.Ordinal);

        Assert.Equal(valid, CommittedCaseSchema.Errors(json) is null);
        Assert.Equal(valid, Read(json).Problems.Count == 0);
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2000-02-29", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("1900-02-29", false)]
    [InlineData("2025-04-31", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("2025-1-01", false)]
    [InlineData("2025-01-01\n", false)]
    [InlineData("20250-01-01", false)]
    [InlineData("1900-01-01", true)]
    [InlineData("1899-12-31", false)]
    public void Dates_are_read_as_the_schema_reads_them(string date, bool valid)
    {
        var json = TestCases.MinimalJson.Replace("\"purpose\": \"extradition\" }", $"\"purpose\": \"extradition\", \"issuedOn\": {JsonSerializer.Serialize(date)} }}", StringComparison.Ordinal);

        Assert.Equal(valid, CommittedCaseSchema.Errors(json) is null);
        Assert.Equal(valid, Read(json).Problems.Count == 0);
    }

    [Theory]
    [InlineData("2199-12-31", true)]
    [InlineData("2200-01-01", false)]
    [InlineData("2100-02-29", false)]
    public void The_latest_as_of_date_is_read_as_the_schema_reads_it(string date, bool valid)
    {
        var json = TestCases.MinimalJson.Replace("\"asOf\": \"2026-01-15\"", $"\"asOf\": \"{date}\"", StringComparison.Ordinal);

        Assert.Equal(valid, CommittedCaseSchema.Errors(json) is null);
        Assert.Equal(valid, Read(json).Problems.Count == 0);
    }

    [Theory]
    [InlineData("XA", true)]
    [InlineData("FR", true)]
    [InlineData("XX", true)]
    [InlineData("QL", false)]
    [InlineData("fr", false)]
    [InlineData("FR\n", false)]
    public void Country_codes_are_read_as_the_schema_reads_them(string code, bool valid)
    {
        var json = TestCases.MinimalJson.Replace("\"nationalities\": [\"XA\"]", $"\"nationalities\": [{JsonSerializer.Serialize(code)}]", StringComparison.Ordinal);

        Assert.Equal(valid, CommittedCaseSchema.Errors(json) is null);
        Assert.Equal(valid, Read(json).Problems.Count == 0);
    }

    [Theory]
    [InlineData("c 1", true)]
    [InlineData("c-1/ü", true)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    [InlineData("c1\n", false)]
    [InlineData("c\u200B1", false)]
    [InlineData("c1\u202E", false)]
    [InlineData("\u0000", false)]
    public void Ids_are_read_as_the_schema_reads_them(string id, bool valid)
    {
        var json = TestCases.MinimalJson.Replace("\"id\": \"c1\"", $"\"id\": {JsonSerializer.Serialize(id)}", StringComparison.Ordinal);

        Assert.Equal(valid, CommittedCaseSchema.Errors(json) is null);
        Assert.Equal(valid, Read(json).Problems.Count == 0);
    }

    [Theory]
    [InlineData(20_000, "x", true)]
    [InlineData(20_001, "x", false)]
    [InlineData(20_000, "\U0001F600", true)]
    [InlineData(20_001, "\U0001F600", false)]
    public void Text_length_is_counted_in_characters_as_the_schema_counts_it(int count, string character, bool valid)
    {
        var json = TestCases.MinimalJson.Replace("{\n", $"{{\n\"scenario\": {JsonSerializer.Serialize(string.Concat(Enumerable.Repeat(character, count)))},", StringComparison.Ordinal);

        Assert.Equal(valid, CommittedCaseSchema.Errors(json) is null);
        Assert.Equal(valid, Read(json).Problems.Count == 0);
    }

    private static string Minimal(Action<JsonNode> change)
    {
        var root = JsonNode.Parse(TestCases.MinimalJson)!;
        change(root);
        return root.ToJsonString();
    }

    private static string OverTheSizeLimit()
    {
        var charges = new JsonArray();
        for (var i = 0; i < 60; i++)
        {
            charges.Add(new JsonObject { ["id"] = $"c{i}", ["category"] = "fraud", ["maxPenaltyMonths"] = 60, ["provision"] = new string('x', 20_000) });
        }

        return Minimal(c => c["charges"] = charges);
    }

    private static (Facts.Case? Case, IReadOnlyList<CaseProblem> Problems) Read(string json) => CaseReader.TryRead(Encoding.UTF8.GetBytes(json));
}
