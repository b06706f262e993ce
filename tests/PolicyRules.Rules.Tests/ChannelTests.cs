using System.Text.RegularExpressions;
using PolicyRules.Cases;
using PolicyRules.Engine;
using PolicyRules.Facts;
using PolicyRules.Verdicts;

namespace PolicyRules.Rules.Tests;

/// <summary>
/// A condition of one INTERPOL channel is never applied to another (issue #15): the Red Notice's conditions (RPD Arts
/// 82-87) stay off a Blue notice, and the other channels' rules (RPD Arts 9, 88, 90, 97(1)(b)-(d), the SLTD database)
/// stay off Red Notices and wanted-person diffusions.
/// </summary>
public sealed partial class ChannelTests
{
    private static readonly PolicyEngine Engine = ScenarioCorpusTests.Engine;

    /// <summary>
    /// The INTERPOL rules that rest only on the Red Notice section of the RPD (Arts 82-87), the diffusions section (Arts
    /// 97-101, which a notice is not) and the Repository's Red Notice paragraph (§1 para 9): every citation is one of
    /// those, and none is the Constitution, so nothing makes them apply to a Blue notice. Read from the catalogue, so a
    /// new rule of that kind is covered without editing the test.
    /// </summary>
    private static IReadOnlyList<RuleInfo> RedNoticeOnlyRules() => Engine.Rules
        .Where(r => r.RuleSet == "interpol" && !r.Derives.Any() && r.Citations.Length > 0 && r.Citations.All(RedNoticeSection))
        .ToList();

    private static bool RedNoticeSection(Citation c) =>
        (c.Instrument == "RPD" && RpdArticles(c.Pinpoint).All(a => a is (>= 82 and <= 87) or (>= 97 and <= 101)) && RpdArticles(c.Pinpoint).Any())
        || (c.Instrument.StartsWith("Repository of Practice", StringComparison.Ordinal) && c.Pinpoint == "§1 para 9");

    private static IEnumerable<int> RpdArticles(string pinpoint) =>
        ArticleNumber().Matches(pinpoint).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?:Arts?\.?\s|,\s|and\s)(\d{1,3})(?=\(|,|\s|$)")]
    private static partial Regex ArticleNumber();

    [Fact]
    public void The_red_notice_only_rules_are_found_in_the_catalogue()
    {
        var ids = RedNoticeOnlyRules().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        // Purpose, penalty threshold, exclusions, warrant, judicial data and extradition assurances: if the classification
        // stopped finding these, the next test would pass for the wrong reason.
        Assert.Superset(new HashSet<string>(["INT-0101", "INT-0103", "INT-0110", "INT-0111", "INT-0121", "INT-0201", "INT-0203", "INT-0205", "INT-0207", "INT-0210"], StringComparer.Ordinal), ids);
        Assert.DoesNotContain("INT-0120", ids);
        Assert.DoesNotContain("INT-0902", ids);
    }

    [Fact]
    public void No_red_notice_only_rule_fires_when_a_red_notice_scenario_is_sent_as_a_blue_notice()
    {
        var redNoticeOnly = RedNoticeOnlyRules().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var redNotices = RedNoticeScenarios();
        var firedBefore = new HashSet<string>(StringComparer.Ordinal);
        var offences = new List<string>();
        foreach (var (name, policyCase) in redNotices)
        {
            firedBefore.UnionWith(Findings(policyCase).Where(redNoticeOnly.Contains));
            var blue = policyCase with
            {
                Request = policyCase.Request with { Kind = RequestKind.BlueNotice, Purpose = RequestPurpose.LocateOnly, SubjectStatus = SubjectStatus.Charged },
            };
            offences.AddRange(Findings(blue).Where(redNoticeOnly.Contains).Select(id => $"{name}: {id}"));
        }

        Assert.True(redNotices.Count > 50, $"only {redNotices.Count} Red Notice scenarios");
        // The same scenarios as Red Notices do exercise most of those rules, so their silence on Blue notices means something.
        Assert.True(firedBefore.Count * 2 > redNoticeOnly.Count, $"as Red Notices the scenarios fire only {string.Join(", ", firedBefore.Order(StringComparer.Ordinal))}");
        Assert.True(offences.Count == 0, "Red Notice conditions applied to a Blue notice:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void No_rule_of_another_channel_fires_on_a_red_notice_or_wanted_person_diffusion()
    {
        var otherChannels = Engine.Rules
            .Where(r => r.Provision is "OtherNotices" or "DiffusionsAndMessages" or "TravelDocuments")
            .Select(r => r.Id)
            .ToHashSet(StringComparer.Ordinal);
        var offences = ScenarioCorpusTests.Corpus
            .Select(s => (s.Name, Case: CaseReader.ReadFile(s.CasePath)))
            .Where(s => s.Case.Request.Kind is RequestKind.RedNotice or RequestKind.Diffusion)
            .SelectMany(s => Findings(s.Case).Where(otherChannels.Contains).Select(id => $"{s.Name}: {id}"))
            .ToList();

        Assert.True(otherChannels.Count >= 13, $"found only {otherChannels.Count} rules of the other channels");
        Assert.True(offences.Count == 0, "another channel's rule applied to a Red Notice or wanted-person diffusion:\n" + string.Join("\n", offences));
    }

    [Theory]
    [InlineData(RequestKind.BlueNotice)]
    [InlineData(RequestKind.BlueDiffusion)]
    [InlineData(RequestKind.YellowNotice)]
    [InlineData(RequestKind.Message)]
    [InlineData(RequestKind.SltdRecord)]
    public void Articles_2_and_3_apply_to_every_channel(RequestKind kind)
    {
        // A scenario refused under Article 3 (a pure political offence) and one refused under Article 2 (a torture
        // finding): sent through another channel, the same rule still refuses it.
        foreach (var (scenario, rule) in new[] { ("dif-illegal-emigration-only", "INT-0301"), ("rn-torture-risk-found", "INT-0501") })
        {
            var policyCase = CaseReader.ReadFile(ScenarioCorpusTests.Corpus.Single(s => s.Name == scenario).CasePath);
            var other = policyCase with
            {
                Request = policyCase.Request with
                {
                    Kind = kind,
                    Purpose = kind == RequestKind.SltdRecord ? null : RequestPurpose.LocateOnly,
                    TravelDocument = kind == RequestKind.SltdRecord ? new TravelDocumentRecord { Status = TravelDocumentStatus.Revoked, RevocationReason = RevocationReason.CriminalProceedings } : null,
                },
            };

            var verdict = Engine.Evaluate(other).For("interpol")!;
            Assert.Contains(verdict.Findings, f => f.RuleId == rule && f.Effect == Effect.Deny);
            Assert.Equal(Outcome.Deny, verdict.Outcome);
        }
    }

    private static List<(string Name, Case Case)> RedNoticeScenarios() => ScenarioCorpusTests.Corpus
        .Where(s => s.RuleSet == "interpol")
        .Select(s => (s.Name, Case: CaseReader.ReadFile(s.CasePath)))
        .Where(s => s.Case.Request.Kind == RequestKind.RedNotice)
        .ToList();

    private static IEnumerable<string> Findings(Case policyCase) =>
        Engine.Evaluate(policyCase).For("interpol")!.Findings.Select(f => f.RuleId);
}
