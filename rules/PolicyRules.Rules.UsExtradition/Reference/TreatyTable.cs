using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyRules.Authoring;
using PolicyRules.Facts;

namespace PolicyRules.Rules.UsExtradition.Reference;

/// <summary>
/// The U.S. bilateral extradition treaty table (Reference/treaties.json), loaded and validated once when the engine is
/// built. For each case it yields one <see cref="TreatyStatus"/> for the requesting country; a country with no row yields
/// a status of <see cref="TreatyState.None"/> that says it is not on record.
/// </summary>
public sealed class TreatyTable : IReferenceFactSource
{
    private readonly FrozenDictionary<string, TreatyStatus> _rows;

    /// <summary>Loads the embedded table.</summary>
    /// <exception cref="InvalidDataException">The table is malformed; the message names the row.</exception>
    public TreatyTable()
    {
        using var stream = typeof(TreatyTable).Assembly.GetManifestResourceStream("PolicyRules.Rules.UsExtradition.Reference.treaties.json")
            ?? throw new InvalidDataException("The treaty table resource is missing from the rule-set assembly.");
        _rows = Load(stream);
    }

    /// <summary>Every row of the table, by country.</summary>
    public IReadOnlyDictionary<string, TreatyStatus> Rows => _rows;

    /// <inheritdoc />
    public IEnumerable<object> FactsFor(Case policyCase)
    {
        // An international entity has no country and so no bilateral treaty.
        var country = policyCase.Request.RequestingCountry ?? "none";
        yield return _rows.TryGetValue(country, out var row)
            ? row
            : new TreatyStatus { Country = country, State = TreatyState.None, Confidence = "U", Source = "no row in the treaty table", OnRecord = false };
    }

    internal static FrozenDictionary<string, TreatyStatus> Load(Stream stream)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        Row[] rows;
        try
        {
            rows = JsonSerializer.Deserialize<Row[]>(stream, options) ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Treaty table, {e.Path}: {e.Message}", e);
        }

        var byCountry = new Dictionary<string, TreatyStatus>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var where = $"Treaty table row {i} ({row.Country})";
            if (row.Country.Length != 2 || !row.Country.All(char.IsAsciiLetterUpper))
            {
                throw new InvalidDataException($"{where}: country must be an ISO 3166-1 alpha-2 code in capitals.");
            }

            if (row.Confidence is not ("C" or "S" or "U"))
            {
                throw new InvalidDataException($"{where}: confidence must be C, S or U.");
            }

            if (string.IsNullOrWhiteSpace(row.Source))
            {
                throw new InvalidDataException($"{where}: every row needs a source.");
            }

            var status = new TreatyStatus { Country = row.Country, State = row.Status, Year = row.Year, Confidence = row.Confidence, Source = row.Source };
            if (!byCountry.TryAdd(row.Country, status))
            {
                throw new InvalidDataException($"{where}: the country appears twice.");
            }
        }

        return byCountry.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Row(string Country, string Name, TreatyState Status, int? Year, string Confidence, string Source);
}
