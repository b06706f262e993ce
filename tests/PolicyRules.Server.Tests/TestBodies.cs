using System.Net.Http.Headers;
using System.Text;
using PolicyRules.Testing;

namespace PolicyRules.Server.Tests;

internal static class TestBodies
{
    public static string MotivatingCase { get; } =
        File.ReadAllText(TestPaths.InRepository("rules", "PolicyRules.Rules.Interpol", "Scenarios", "motivating-case.case.json"));

    public const string Minimal = """
        {
          "asOf": "2026-01-15",
          "request": { "kind": "redNotice", "requestingCountry": "XA", "purpose": "extradition" },
          "person": { "nationalities": ["XA"] },
          "charges": [ { "id": "c1", "category": "fraud", "maxPenaltyMonths": 60 } ]
        }
        """;

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static ByteArrayContent Bytes(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
