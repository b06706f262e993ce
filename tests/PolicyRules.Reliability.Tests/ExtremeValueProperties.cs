using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;
using PolicyRules.Cases;
using PolicyRules.Engine;
using PolicyRules.Facts;
using PolicyRules.Json;
using PolicyRules.Reliability.Tests.Support;
using PolicyRules.Verdicts;

namespace PolicyRules.Reliability.Tests;

/// <summary>
/// No valid input makes a rule throw: generated cases, given a full U.S. proceedings block, with every whole number and
/// every date set to the ends of its range (and just past them). Each variant is either refused with one-line problems
/// or evaluated to a verdict; a rule failure fails the property. Before the reader bounded dates and counts, asOf
/// 9999-12-31 or travelAllowanceDays 2147483647 made USX-0907 throw.
/// </summary>
public sealed partial class ExtremeValueProperties
{
    private static readonly CaseLimits Limits = CaseLimits.Default;

    /// <summary>How each whole number and date of a variant is chosen.</summary>
    internal enum Ends
    {
        Lowest,
        Highest,
        Mixed,
        JustPast,
    }

    internal sealed record Variant(GeneratedCase Source, Ends Numbers, Ends Dates, int MixSeed)
    {
        public override string ToString() => $"numbers {Numbers}, dates {Dates}, mix seed {MixSeed}, from {Source}";
    }

    private static readonly Gen<Variant> Variants =
        from g in Generated.Cases
        from numbers in Gen.Enum<Ends>()
        from dates in Gen.Enum<Ends>()
        from mix in Gen.Int
        select new Variant(g, numbers, dates, mix);

    [Fact]
    public void No_case_with_extreme_numbers_or_dates_makes_a_rule_throw()
    {
        var accepted = 0;
        var refused = 0;
        var clocksRun = 0;
        Generated.Check(Variants, v =>
        {
            var json = Extreme(v);
            var (policyCase, problems) = CaseReader.TryRead(Encoding.UTF8.GetBytes(json));
            if (policyCase is null)
            {
                refused++;
                Assert.NotEmpty(problems);
                Assert.All(problems, p => Assert.DoesNotContain('\n', p.Message));
                return;
            }

            accepted++;
            Verdict verdict;
            try
            {
                verdict = Engines.BuiltIn.Evaluate(policyCase);
            }
            catch (PolicyEngineException e)
            {
                Assert.Fail($"{e.Message}\n{json}");
                return;
            }

            Assert.Equal(Engines.BuiltIn.RuleSets.Length, verdict.RuleSets.Length);
            if (policyCase.Us?.Proceedings?.CertifiedOn is not null)
            {
                clocksRun++;
            }
        }, iterations: 300);

        // The property means something only if both kinds of variant occur and the statutory clock runs on accepted ones.
        Assert.True(accepted > 0 && refused > 0 && clocksRun > 0, $"accepted {accepted}, refused {refused}, clocks {clocksRun}");
    }

    [Theory]
    [InlineData("\"asOf\": \"9999-12-31\"", "$.asOf", "outside the dates a case may state")]
    [InlineData("\"travelAllowanceDays\": 2147483647", "$.us.proceedings.travelAllowanceDays", "more than the limit of 36500 days")]
    [InlineData("\"maxPenaltyMonths\": 12001", "$.charges[0].maxPenaltyMonths", "more than the limit of 12000 months")]
    [InlineData("\"certifiedOn\": \"1899-12-31\"", "$.us.proceedings.certifiedOn", "outside the dates a case may state")]
    public void The_values_that_made_rules_throw_are_refused_with_one_line(string replacement, string path, string message)
    {
        var node = JsonNode.Parse(WithProceedings(SampleCases.Minimal))!;
        var json = Replace(node.ToJsonString(), replacement);

        var (policyCase, problems) = CaseReader.TryRead(Encoding.UTF8.GetBytes(json));

        Assert.Null(policyCase);
        var problem = Assert.Single(problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_dates_and_largest_counts_the_reader_allows_are_evaluated()
    {
        var json = WithProceedings(SampleCases.Minimal with { AsOf = Limits.LatestDate });
        json = Replace(json, $"\"certifiedOn\": \"{Limits.LatestDate.AddMonths(-1):yyyy-MM-dd}\"");
        json = Replace(json, $"\"travelAllowanceDays\": {Limits.MaxDays}");

        var verdict = Engines.BuiltIn.Evaluate(CaseReader.Read(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(Engines.BuiltIn.RuleSets.Length, verdict.RuleSets.Length);
    }

    [Fact]
    public void A_case_built_in_code_past_the_readers_bounds_still_gets_a_verdict()
    {
        // The engine also takes cases built in C#, which skip the reader: the clocks saturate at the calendar's end.
        var policyCase = CaseReader.Read(Encoding.UTF8.GetBytes(WithProceedings(SampleCases.Minimal))) is var read
            ? read with
            {
                AsOf = DateOnly.MaxValue,
                Us = read.Us! with { Proceedings = read.Us.Proceedings! with { CertifiedOn = DateOnly.MaxValue.AddMonths(-1), TravelAllowanceDays = int.MaxValue } },
            }
            : null!;

        var verdict = Engines.BuiltIn.Evaluate(policyCase);

        Assert.Equal(Engines.BuiltIn.RuleSets.Length, verdict.RuleSets.Length);
    }

    /// <summary>The case as JSON with a U.S. block whose proceedings state every date and count the clocks read.</summary>
    private static string WithProceedings(Case policyCase)
    {
        var node = JsonNode.Parse(PolicyJson.Canonical(policyCase))!.AsObject();
        var asOf = policyCase.AsOf;
        string Day(int back) => asOf.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var us = node["us"] as JsonObject ?? new JsonObject { ["located"] = true };
        node["us"] = us;
        us["proceedings"] = new JsonObject
        {
            ["complaintFiledOn"] = Day(90),
            ["arrestedOn"] = Day(89),
            ["arrestKind"] = "provisional",
            ["inCustody"] = true,
            ["hearingHeldOn"] = Day(60),
            ["certification"] = "certified",
            ["certifiedOn"] = Day(30),
            ["travelAllowanceDays"] = 10,
        };
        return node.ToJsonString();
    }

    /// <summary>Every whole number and date of the case set to an end of its range, as the variant says.</summary>
    private static string Extreme(Variant v)
    {
        var node = JsonNode.Parse(WithProceedings(v.Source.Case))!;
        var random = new Random(v.MixSeed);
        Visit(node, null, (name, value) =>
        {
            if (value.TryGetValue<int>(out _))
            {
                var max = name.EndsWith("Months", StringComparison.Ordinal) ? Limits.MaxMonths
                    : name.EndsWith("Days", StringComparison.Ordinal) ? Limits.MaxDays
                    : int.MaxValue;
                JsonNode[] past = max == int.MaxValue ? [JsonValue.Create(2147483648L)] : [JsonValue.Create(max + 1), JsonValue.Create(int.MaxValue)];
                return Pick(v.Numbers, random, 0, max, past);
            }

            if (value.TryGetValue<string>(out var text) && IsoDate().IsMatch(text))
            {
                var earliest = Limits.EarliestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var latest = Limits.LatestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (name == "asOf")
                {
                    return v.Dates == Ends.Lowest ? earliest : v.Dates == Ends.JustPast ? Iso(random.Next(2) == 0 ? Limits.LatestDate.AddDays(1) : DateOnly.MaxValue) : latest;
                }

                // Past the reader's range, down to the calendar's own ends: what the reader accepted before it was bounded.
                JsonNode[] past = [Iso(Limits.EarliestDate.AddDays(-1)), Iso(DateOnly.MinValue), Iso(DateOnly.MaxValue.AddMonths(-1)), Iso(DateOnly.MaxValue)];
                return Pick(v.Dates, random, earliest, latest, past);
            }

            return null;
        });
        return node.ToJsonString();
    }

    private static JsonNode Pick<T>(Ends ends, Random random, T lowest, T highest, JsonNode[] past) => ends switch
    {
        Ends.Lowest => JsonValue.Create(lowest)!,
        Ends.Highest => JsonValue.Create(highest)!,
        Ends.Mixed => random.Next(2) == 0 ? JsonValue.Create(lowest)! : JsonValue.Create(highest)!,
        _ => random.Next(3) == 0 ? past[random.Next(past.Length)].DeepClone() : JsonValue.Create(highest)!,
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Replaces every scalar the function returns a value for, depth first.</summary>
    private static void Visit(JsonNode? node, string? name, Func<string, JsonValue, JsonNode?> replace)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue value && replace(key, value) is { } replacement)
                    {
                        obj[key] = replacement;
                    }
                    else
                    {
                        Visit(child, key, replace);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && replace(name ?? string.Empty, value) is { } replacement)
                    {
                        array[i] = replacement;
                    }
                    else
                    {
                        Visit(array[i], name, replace);
                    }
                }

                break;
        }
    }

    private static string Replace(string json, string field)
    {
        var name = field[..(field.IndexOf(':', StringComparison.Ordinal) + 1)];
        var pattern = Regex.Escape(name) + @"\s*(""[^""]*""|[0-9]+)";
        Assert.Matches(pattern, json);
        return Regex.Replace(json, pattern, field.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
