using PolicyRules.Facts;

namespace PolicyRules.Tests;

/// <summary>Small valid cases to build on with `with`.</summary>
internal static class TestCases
{
    public static Case Minimal { get; } = new()
    {
        Scenario = "minimal test case",
        AsOf = new DateOnly(2026, 1, 15),
        Request = new Request { Kind = RequestKind.RedNotice, RequestingCountry = "XA", Purpose = RequestPurpose.Extradition },
        Person = new Person { Nationalities = ["XA"] },
        Charges = [new Charge { Id = "c1", Category = OffenceCategory.Fraud, MaxPenaltyMonths = 60 }],
    };

    public static Case WithEverything { get; } = Minimal with
    {
        Charges =
        [
            new Charge { Id = "c1", Category = OffenceCategory.Fraud, MaxPenaltyMonths = 60 },
            new Charge { Id = "c2", Category = OffenceCategory.Desertion, MaxPenaltyMonths = 36, PurelyMilitary = true },
            new Charge { Id = "c3", Category = OffenceCategory.Theft, MaxPenaltyMonths = 12 },
        ],
        Context =
        [
            new ContextIndicator { Kind = ContextKind.PublishedCampaignList },
            new ContextIndicator { Kind = ContextKind.PressureOnRelatives },
        ],
    };

    public const string MinimalJson = """
        {
          "asOf": "2026-01-15",
          "request": { "kind": "redNotice", "requestingCountry": "XA", "purpose": "extradition" },
          "person": { "nationalities": ["XA"] },
          "charges": [ { "id": "c1", "category": "fraud", "maxPenaltyMonths": 60 } ]
        }
        """;
}
