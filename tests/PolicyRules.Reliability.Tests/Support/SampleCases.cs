using PolicyRules.Facts;
using PolicyRules.Testing;

namespace PolicyRules.Reliability.Tests.Support;

/// <summary>Small hand-made cases, and the canonical scenario files of the built-in rule sets.</summary>
internal static class SampleCases
{
    public static Case Minimal { get; } = new()
    {
        Scenario = "minimal reliability case",
        AsOf = new DateOnly(2026, 1, 15),
        Request = new Request { Kind = RequestKind.RedNotice, RequestingCountry = "XA", Purpose = RequestPurpose.Extradition },
        Person = new Person { Nationalities = ["XA"] },
        Charges = [new Charge { Id = "c1", Category = OffenceCategory.Fraud, MaxPenaltyMonths = 60 }],
    };

    public static Case WithCharge(string scenario, string chargeId) =>
        Minimal with { Scenario = scenario, Charges = [new Charge { Id = chargeId, Category = OffenceCategory.Fraud, MaxPenaltyMonths = 60 }] };

    /// <summary>Every committed scenario case file of the built-in rule sets.</summary>
    public static IReadOnlyList<string> ScenarioFiles { get; } =
        [.. Directory.EnumerateFiles(TestPaths.InRepository("rules"), "*.case.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
}
