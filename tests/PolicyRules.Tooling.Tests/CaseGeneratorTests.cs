using System.Text.Json;
using PolicyRules.Cases;
using PolicyRules.Generation;
using PolicyRules.Json;

namespace PolicyRules.Tests;

public sealed class CaseGeneratorTests
{
    [Fact]
    public void Ten_thousand_generated_cases_are_valid_and_round_trip_through_the_case_reader()
    {
        var failures = new List<string>();
        foreach (var (policyCase, i) in CaseGenerator.Stream(10_000, seed: 20260101).Select((c, i) => (c, i)))
        {
            var json = JsonSerializer.Serialize(policyCase, PolicyJson.CompactOptions);
            var (read, problems) = CaseReader.TryRead(System.Text.Encoding.UTF8.GetBytes(json));
            if (read is null)
            {
                failures.Add($"case {i}: {string.Join("; ", problems.Select(p => p.Format(null)))}");
                continue;
            }

            if (JsonSerializer.Serialize(read, PolicyJson.CompactOptions) != json)
            {
                failures.Add($"case {i}: JSON changed on the round trip");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void Generated_cases_are_valid_under_the_committed_case_schema()
    {
        var failures = CaseGenerator.Stream(1_000, seed: 20261203)
            .Select((policyCase, i) => (i, Errors: CommittedCaseSchema.Errors(PolicyJson.Canonical(policyCase))))
            .Where(r => r.Errors is not null)
            .Select(r => $"case {r.i}: {r.Errors}")
            .Take(10)
            .ToList();

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Same_seed_gives_the_same_cases_and_a_stream_element_can_be_made_alone()
    {
        var first = CaseGenerator.Stream(50, seed: 7).Select(PolicyJson.Canonical).ToList();
        var second = CaseGenerator.Stream(50, seed: 7).Select(PolicyJson.Canonical).ToList();

        Assert.Equal(first, second);
        Assert.Equal(first[31], PolicyJson.Canonical(CaseGenerator.At(7, 31)));
        Assert.Equal(first[0], PolicyJson.Canonical(CaseGenerator.Generate(7)));
        Assert.NotEqual(first[0], PolicyJson.Canonical(CaseGenerator.Generate(8)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(200)]
    public void Charge_count_knob_sets_the_number_of_charges_and_stays_valid(int charges)
    {
        var options = new CaseGeneratorOptions { ChargeCount = charges };
        foreach (var policyCase in CaseGenerator.Stream(20, seed: 3, options))
        {
            Assert.Equal(charges, policyCase.Charges.Length);
            var read = CaseReader.Read(JsonSerializer.Serialize(policyCase, PolicyJson.CompactOptions));
            Assert.Equal(charges, read.Charges.Length);
        }
    }

    [Fact]
    public void Generated_cases_cover_the_vocabulary()
    {
        var cases = CaseGenerator.Stream(5_000, seed: 11).ToList();

        // Every offence category and context kind shows up, so rules over rare values are exercised too.
        Assert.Equal(Enum.GetValues<Facts.OffenceCategory>().Length, cases.SelectMany(c => c.Charges).Select(c => c.Category).Distinct().Count());
        Assert.Equal(Enum.GetValues<Facts.ContextKind>().Length, cases.SelectMany(c => c.Context).Select(c => c.Kind).Distinct().Count());
        Assert.Contains(cases, c => c.Us is { Located: true, Requests.Length: 2 });
        Assert.Equal(Enum.GetValues<Facts.RequestKind>().Length, cases.Select(c => c.Request.Kind).Distinct().Count());
        Assert.Equal(Enum.GetValues<Facts.RevocationReason>().Length, cases.Select(c => c.Request.TravelDocument?.RevocationReason).OfType<Facts.RevocationReason>().Distinct().Count());
        Assert.Contains(cases, c => c.Request.MissingPerson is { Adult: true, LeftVoluntarily: true });

        // Each channel's block comes only with its kind (the reader's kind-blocks check), and a wanted-person diffusion
        // never seeks only to locate (kind-purpose).
        Assert.All(cases, c => Assert.Equal(c.Request.Kind == Facts.RequestKind.SltdRecord, c.Request.TravelDocument is not null));
        Assert.All(cases.Where(c => c.Request.MissingPerson is not null), c => Assert.Equal(Facts.RequestKind.YellowNotice, c.Request.Kind));
        Assert.DoesNotContain(cases, c => c.Request.Kind == Facts.RequestKind.Diffusion && c.Request.Purpose == Facts.RequestPurpose.LocateOnly);
    }
}
