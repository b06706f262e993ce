using System.Text.Json.Nodes;
using PolicyRules.Cases;
using PolicyRules.Facts;

namespace PolicyRules.Rules.Tests;

/// <summary>RPD Art. 83(2)(a) over every combination of identification data a request can give.</summary>
public sealed class IdentifiersTests
{
    private static readonly string Baseline = File.ReadAllText(PolicyRules.Testing.TestPaths.InRepository("rules/PolicyRules.Rules.Interpol/Scenarios/rn-baseline-fraud-compliant.case.json"));

    private static readonly IdentifierItem[] Items = Enum.GetValues<IdentifierItem>();

    // The text, restated independently of the rule set: (i) family name, forename, sex, date of birth, plus a physical
    // description, DNA profile, fingerprints or identity-document data; or (ii) a good-quality photograph with other data.
    private static bool SufficientByTheText(IReadOnlySet<IdentifierItem> given) =>
        (given.Contains(IdentifierItem.FamilyName) && given.Contains(IdentifierItem.Forename) && given.Contains(IdentifierItem.Sex) && given.Contains(IdentifierItem.DateOfBirth)
            && (given.Contains(IdentifierItem.PhysicalDescription) || given.Contains(IdentifierItem.DnaProfile) || given.Contains(IdentifierItem.Fingerprints) || given.Contains(IdentifierItem.IdentityDocument)))
        || (given.Contains(IdentifierItem.Photograph) && given.Count > 1);

    [Fact]
    public void Every_combination_is_either_sufficient_or_refused_as_the_text_says()
    {
        var sufficient = 0;
        for (var mask = 0; mask < 1 << Items.Length; mask++)
        {
            var given = Items.Where((_, i) => (mask & (1 << i)) != 0).ToHashSet();
            var findings = Evaluate(new JsonObject { ["given"] = new JsonArray([.. given.Select(i => (JsonNode)Vocabulary.Name(i))]) });

            var expected = SufficientByTheText(given);
            sufficient += expected ? 1 : 0;
            Assert.True(findings.Contains(("INT-0213", Effect.Allow)) == expected, $"mask {mask}: INT-0213 allow should be {expected}");
            Assert.True(findings.Contains(("INT-0212", Effect.Deny)) == !expected, $"mask {mask}: INT-0212 deny should be {!expected}");
            Assert.DoesNotContain(("INT-0212", Effect.Ask), findings);
        }

        // Both routes reach a fair share of the combinations, so the oracle is not trivially one-sided.
        Assert.InRange(sufficient, 500, 1600);
    }

    [Fact]
    public void A_case_that_says_nothing_of_the_identifiers_asks_and_neither_refuses_nor_allows_on_them()
    {
        var findings = Evaluate(identifiers: null);

        Assert.Contains(("INT-0212", Effect.Ask), findings);
        Assert.DoesNotContain(("INT-0212", Effect.Deny), findings);
        Assert.DoesNotContain(("INT-0213", Effect.Allow), findings);
    }

    [Fact]
    public void A_diffusion_is_not_held_to_the_red_notice_identifiers()
    {
        var findings = Evaluate(new JsonObject { ["given"] = new JsonArray("familyName") }, kind: "diffusion");

        Assert.DoesNotContain(findings, f => f.RuleId is "INT-0212" or "INT-0213");
    }

    private static HashSet<(string RuleId, Effect Effect)> Evaluate(JsonObject? identifiers, string kind = "redNotice")
    {
        var json = JsonNode.Parse(Baseline)!;
        json["request"]!["kind"] = kind;
        json["request"]!.AsObject().Remove("identifiers");
        if (identifiers is not null)
        {
            json["request"]!["identifiers"] = identifiers;
        }

        var verdict = ScenarioCorpusTests.Engine.Evaluate(CaseReader.Read(json.ToJsonString(), source: null)).For("interpol")!;
        return verdict.Findings.Select(f => (f.RuleId, f.Effect)).ToHashSet();
    }
}
