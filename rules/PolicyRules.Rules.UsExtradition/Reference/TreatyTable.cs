using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyRules.Rules.UsExtradition.Reference;

/// <summary>
/// The U.S. bilateral extradition treaty table (Reference/treaties.json), loaded and validated once when the engine is
/// built. For each case it yields one <see cref="TreatyStatus"/> for the requesting country; a country with no row yields
/// a status of <see cref="TreatyState.NotOnRecord"/>.
/// </summary>
internal sealed partial class TreatyTable : IReferenceFactSource
{
    private static readonly string[] Tags = ["C", "S", "U"];
    private readonly IReadOnlyDictionary<string, TreatyStatus> _rows;

    /// <summary>Loads the embedded table.</summary>
    /// <exception cref="InvalidDataException">The table is malformed; the message names the row and field.</exception>
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
            : new TreatyStatus
            {
                Country = country,
                // The table names only the states it has rows for; without a row the reasons still need a name to say.
                Name = policyCase.Request.RequestingCountry is null ? "the requesting entity" : $"the requesting state ({country})",
                State = TreatyState.NotOnRecord,
                Confidence = "U",
                Source = "no row in the treaty table",
                OnRecord = false,
            };
    }

    /// <summary>Reads and validates a table; the first broken row stops the load with a one-line message.</summary>
    /// <param name="stream">The table as JSON.</param>
    /// <returns>The rows by country.</returns>
    /// <exception cref="InvalidDataException">The table is malformed; the message names the row, the country and the field.</exception>
    public static IReadOnlyDictionary<string, TreatyStatus> Load(Stream stream)
    {
        Row[] rows;
        try
        {
            rows = JsonSerializer.Deserialize(stream, TreatyJson.Default.RowArray) ?? throw new InvalidDataException("Treaty table: the file must hold a JSON array of rows.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Treaty table, {e.Path}: {e.Message}", e);
        }

        var byCountry = new Dictionary<string, TreatyStatus>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            void Fail(string field, string message) =>
                throw new InvalidDataException($"Treaty table row {i} ({row.Country}), field `{field}`: {message}");

            if (row.Country is not { Length: 2 } || !row.Country.All(char.IsAsciiLetterUpper))
            {
                Fail("country", "must be an ISO 3166-1 alpha-2 code in capitals.");
            }

            if (row.Status == TreatyState.NotOnRecord)
            {
                Fail("status", "must be inForce, suspended or none.");
            }

            if (row.Year is < 1800 or > 2100)
            {
                Fail("year", "must be between 1800 and 2100, or null.");
            }

            if (row.ProvisionalArrestDays is < 1 or > 365)
            {
                Fail("provisionalArrestDays", "must be between 1 and 365, or null.");
            }

            if (row.ProvisionalArrestMonths is < 1 or > 12)
            {
                Fail("provisionalArrestMonths", "must be between 1 and 12, or null.");
            }

            if (row.ProvisionalArrestDays is not null && row.ProvisionalArrestMonths is not null)
            {
                Fail("provisionalArrestMonths", "a period is given in days or in months, not both.");
            }

            var hasPeriod = row.ProvisionalArrestDays is not null || row.ProvisionalArrestMonths is not null;
            if (hasPeriod != (row.ProvisionalArrestStart is not null))
            {
                Fail("provisionalArrestStart", "is set exactly when a provisional-arrest period is set.");
            }

            if (hasPeriod != (row.ProvisionalArrestConfidence is not null))
            {
                Fail("provisionalArrestConfidence", "is set exactly when a provisional-arrest period is set.");
            }

            if (row.ProvisionalArrestConfidence is { } pc && !Tags.Contains(pc))
            {
                Fail("provisionalArrestConfidence", "must be C, S or U.");
            }

            if (row.Status == TreatyState.None && (row.Type != TreatyType.Unknown || hasPeriod || row.Year is not null))
            {
                Fail("status", "a row with no treaty has type unknown, no provisional-arrest period and no year.");
            }

            if (!Tags.Contains(row.Confidence))
            {
                Fail("confidence", "must be C, S or U.");
            }

            if (!Tags.Contains(row.TypeConfidence))
            {
                Fail("typeConfidence", "must be C, S or U.");
            }

            if (string.IsNullOrWhiteSpace(row.Source))
            {
                Fail("source", "every row needs a source.");
            }

            var status = new TreatyStatus
            {
                Country = row.Country!,
                Name = row.Name ?? row.Country!,
                State = row.Status,
                Year = row.Year,
                InForceSince = row.InForceSince,
                Type = row.Type,
                TypeConfidence = row.TypeConfidence,
                ProvisionalArrestDays = row.ProvisionalArrestDays,
                ProvisionalArrestMonths = row.ProvisionalArrestMonths,
                ProvisionalArrestStart = row.ProvisionalArrestStart,
                ProvisionalArrestConfidence = row.ProvisionalArrestConfidence,
                PoliticalOffenceClause = row.PoliticalOffenceClause,
                ViolentCrimeCarveOut = row.ViolentCrimeCarveOut,
                MultilateralCarveOut = row.MultilateralCarveOut,
                Disputed = row.Disputed,
                Confidence = row.Confidence,
                Source = row.Source,
                Notes = row.Notes,
            };
            if (!byCountry.TryAdd(status.Country, status))
            {
                Fail("country", "the country appears twice.");
            }
        }

        return byCountry.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // Source-generated: the reflection-based reader cost some 60 ms of every cold start building its metadata.
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        Converters = [typeof(CamelCaseName<TreatyState>), typeof(CamelCaseName<TreatyType>), typeof(CamelCaseName<ProvisionalArrestStart>)])]
    [JsonSerializable(typeof(Row[]))]
    private sealed partial class TreatyJson : JsonSerializerContext;

    private sealed class CamelCaseName<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
        where TEnum : struct, Enum;

    private sealed record Row(
        string Country,
        string? Name,
        TreatyState Status,
        int? Year,
        DateOnly? InForceSince,
        TreatyType Type,
        string TypeConfidence,
        int? ProvisionalArrestDays,
        int? ProvisionalArrestMonths,
        ProvisionalArrestStart? ProvisionalArrestStart,
        string? ProvisionalArrestConfidence,
        bool? PoliticalOffenceClause,
        bool? ViolentCrimeCarveOut,
        bool? MultilateralCarveOut,
        bool Disputed,
        string Confidence,
        string Source,
        string? Notes);
}
