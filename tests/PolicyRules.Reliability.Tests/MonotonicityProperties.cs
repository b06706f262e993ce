using CsCheck;
using PolicyRules.Facts;
using PolicyRules.Reliability.Tests.Support;
using PolicyRules.Verdicts;

namespace PolicyRules.Reliability.Tests;

/// <summary>
/// Where the law is monotone, more grounds against a request never move its outcome towards allow. Outcomes are ordered
/// deny &lt; review &lt; allow (the <see cref="Outcome"/> enum's order); "towards allow" means a greater value.
/// </summary>
public sealed class MonotonicityProperties
{
    private static readonly ContextKind[] ContextKinds = Enum.GetValues<ContextKind>();
    private static readonly EvidenceSource[] Sources = Enum.GetValues<EvidenceSource>();
    private static readonly Article2Kind[] ConcernKinds = Enum.GetValues<Article2Kind>();

    [Fact]
    public void Adding_an_article_3_context_indicator_about_the_person_never_moves_interpol_towards_allow()
    {
        var gen = from g in Generated.Cases
                  from kind in Gen.Int[0, ContextKinds.Length - 1]
                  from source in Gen.Int[0, Sources.Length - 1]
                  select (Generated: g, Indicator: new ContextIndicator { Kind = ContextKinds[kind], Source = Sources[source], ConcernsThisPerson = true });
        Generated.Check(gen, x =>
        {
            var before = x.Generated.Case;
            var after = before with { Context = before.Context.Add(x.Indicator) };
            AssertNotTowardsAllow(before, after, $"adding context {Vocabulary.Name(x.Indicator.Kind)} ({Vocabulary.Name(x.Indicator.Source)})");
        }, iterations: 200);
    }

    [Fact]
    public void Confirmed_refugee_status_from_the_requesting_state_never_moves_interpol_towards_allow()
    {
        var gen = Generated.Cases.Where(g => g.Case.Request.RequestingCountry is not null);
        Generated.Check(gen, g =>
        {
            var before = g.Case;
            var requester = before.Request.RequestingCountry!;
            var existing = before.Person.Refugee;
            var refugee = (existing ?? new RefugeeStatus { Status = RefugeeStatusKind.Confirmed }) with
            {
                Status = RefugeeStatusKind.Confirmed,
                ConfirmedBy = RefugeeConfirmer.MemberCountry,
                PersecutingCountry = requester,
                GrantingCountry = existing?.GrantingCountry is { } granting && granting != requester ? granting : requester == "XB" ? "XC" : "XB",
            };
            var after = before with { Person = before.Person with { Refugee = refugee } };
            AssertNotTowardsAllow(before, after, $"a refugee status confirmed by a member country against {requester}");
        }, iterations: 200);
    }

    [Fact]
    public void Adding_an_article_2_concern_found_by_a_competent_body_never_moves_interpol_towards_allow()
    {
        var gen = from g in Generated.Cases
                  from kind in Gen.Int[0, ConcernKinds.Length - 1]
                  select (Generated: g, Concern: new Article2Concern { Kind = ConcernKinds[kind], Basis = Article2Basis.CompetentBodyFinding, Body = "Court of Appeal of XB" });
        Generated.Check(gen, x =>
        {
            var before = x.Generated.Case;
            var after = before with { Article2Concerns = before.Article2Concerns.Add(x.Concern) };
            AssertNotTowardsAllow(before, after, $"adding an Article 2 concern {Vocabulary.Name(x.Concern.Kind)} (competent body finding)");
        }, iterations: 200);
    }

    [Fact]
    public void Red_notice_without_any_charge_meeting_the_penalty_threshold_is_never_allowed()
    {
        var gen = Generated.Cases.Where(g => g.Case.Request.Kind == RequestKind.RedNotice);
        Generated.Check(gen, g =>
        {
            var kept = g.Case.Charges.RemoveAll(Oracle.MightMeetPenaltyThreshold);
            var after = g.Case with { Charges = kept };
            var outcome = Engines.BuiltIn.Evaluate(after).For(Oracle.Interpol)!.Outcome;
            Assert.True(outcome != Outcome.Allow, $"INTERPOL allowed a Red Notice once every charge that might meet the penalty threshold was removed (kept: {string.Join(", ", kept.Select(c => c.Id))}).");
        }, iterations: 200);
    }

    [Fact]
    public void Removing_the_treaty_never_makes_a_person_extraditable_unless_section_3181b_holds()
    {
        var gen = Generated.Cases.Where(g => g.Case.Us is not null);
        Generated.Check(gen, g => AssertNoTreatyNoExtradition(g.Case), iterations: 200);
    }

    [Fact]
    public void Removing_the_treaty_from_the_us_scenarios_never_makes_a_person_extraditable_unless_section_3181b_holds()
    {
        // The generator reaches no U.S. allow (0 of 1,509 generated cases with U.S. facts, 2026-12-03), so the property
        // above only ever ran its trivial branch. The committed U.S. scenarios do reach allow; each is moved to a country
        // with no treaty row. Shown failing: the move left out (the case kept its treaty country) failed on the first
        // scenario allowed without 3181(b).
        var scenarios = SampleCases.ScenarioFiles.Select(f => (File: Path.GetFileName(f), Case: Cases.CaseReader.ReadFile(f))).Where(s => s.Case.Us is not null).ToList();
        var allowedWithoutSection3181b = 0;
        foreach (var (file, policyCase) in scenarios)
        {
            if (Oracle.Extraditable(Engines.BuiltIn.Evaluate(policyCase)) && !Oracle.Section3181bHolds(policyCase))
            {
                allowedWithoutSection3181b++;
            }

            try
            {
                AssertNoTreatyNoExtradition(policyCase);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                throw new Xunit.Sdk.XunitException($"{file}: {e.Message}");
            }
        }

        Assert.True(allowedWithoutSection3181b > 0, "no U.S. scenario is allowed without 3181(b): the property would test only its trivial branch");
    }

    private static void AssertNoTreatyNoExtradition(Case before)
    {
        var after = before with { Request = before.Request with { RequesterType = RequesterType.Ncb, RequestingCountry = Oracle.CountryWithoutTreaty } };
        var was = Oracle.Extraditable(Engines.BuiltIn.Evaluate(before));
        var now = Oracle.Extraditable(Engines.BuiltIn.Evaluate(after));
        Assert.True(!now || was || Oracle.Section3181bHolds(after), $"Moving the request to {Oracle.CountryWithoutTreaty} (no treaty row) made the person extraditable without 18 U.S.C. 3181(b).");
        Assert.True(!now || Oracle.Section3181bHolds(after), $"With no treaty ({Oracle.CountryWithoutTreaty}) and no 18 U.S.C. 3181(b), the U.S. outcome is allow.");
    }

    [Fact]
    public void The_generator_reaches_cases_where_section_3181b_can_hold()
    {
        // Otherwise the property above would only ever test its first half.
        var reached = Enumerable.Range(0, 2_000).Select(seed => Generation.CaseGenerator.Generate(seed)).Count(Oracle.Section3181bHolds);

        Assert.InRange(reached, 1, 1_999);
    }

    private static void AssertNotTowardsAllow(Case before, Case after, string change)
    {
        var was = Engines.BuiltIn.Evaluate(before).For(Oracle.Interpol)!.Outcome;
        var now = Engines.BuiltIn.Evaluate(after).For(Oracle.Interpol)!.Outcome;
        Assert.True(now <= was, $"INTERPOL outcome moved from {was} to {now} towards allow after {change}.");
    }
}
