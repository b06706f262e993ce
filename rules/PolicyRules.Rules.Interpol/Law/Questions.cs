using System.Collections.Immutable;

namespace PolicyRules.Rules.Interpol.Law;

/// <summary>
/// The questions INTERPOL rules ask when the fact that would decide them is unknown, with the answers worth trying as
/// values of the case's JSON paths (docs/verdicts.md, "Unknown is not absent").
/// </summary>
internal static class Questions
{
    /// <summary>A stated defect of the warrant: the request is known to cite none, or the warrant is known not to be in force.</summary>
    public static bool WarrantDefectStated(Request r) => r.Lacks.Contains(RequestItem.ArrestWarrant) || r.ArrestWarrant?.Valid == false;

    /// <summary>Nobody has said whether the request cites a warrant in force.</summary>
    public static bool WarrantUnknown(Request r) => !WarrantDefectStated(r) && (r.ArrestWarrant is null || r.ArrestWarrant.Valid is null);

    public static Question Warrant(Request r) => r.ArrestWarrant is null
        ? new Question(
            "Does the request cite an arrest warrant, or a judicial decision having the same effect, that is in force?",
            new Answer("no, it cites none", "$.request.lacks", Lacking(r.Lacks, RequestItem.ArrestWarrant)),
            new Answer("yes, one in force", "$.request.arrestWarrant", "{\"valid\":true}"))
        : new Question(
            $"Is the arrest warrant{(string.IsNullOrWhiteSpace(r.ArrestWarrant.Reference) ? string.Empty : " " + r.ArrestWarrant.Reference)} in force as of the case date (not expired, revoked or annulled)?",
            new Answer("no", "$.request.arrestWarrant.valid", "false"),
            new Answer("yes", "$.request.arrestWarrant.valid", "true"));

    /// <summary>A charge's penal provision or penalty is known to be missing from the request.</summary>
    public static bool JudicialDataGapStated(Charge c) => c.Lacks.Contains(ChargeItem.Provision) || c.Lacks.Contains(ChargeItem.Penalty);

    public static bool ProvisionUnknown(Charge c) => string.IsNullOrWhiteSpace(c.Provision) && !c.Lacks.Contains(ChargeItem.Provision);

    public static bool PenaltyUnknown(Charge c) => !Taxonomy.PenaltyKnown(c) && !c.Lacks.Contains(ChargeItem.Penalty);

    /// <summary>The penalty question first (it also decides the threshold of RPD Art. 83(1)(a)(ii)), then the provision.</summary>
    public static Question JudicialData(Charge c)
    {
        var path = $"$.charges[?(@.id=='{c.Id}')]";
        if (!PenaltyUnknown(c))
        {
            return new Question(
                $"Does the request state the penal provision for charge {c.Id}?",
                new Answer("no", path + ".lacks", Lacking(c.Lacks, ChargeItem.Provision)),
                new Answer("yes", path + ".provision", "\"(as stated in the request)\""));
        }

        return c.Stage == Stage.Conviction
            ? new Question(
                $"What sentence does the request state for charge {c.Id} (imposed, and still to serve)?",
                new Answer("none", path + ".lacks", Lacking(c.Lacks, ChargeItem.Penalty)),
                new Answer("six months or more imposed", path + ".sentenceImposedMonths", "6"),
                new Answer("less than six months imposed and to serve", path + ".sentenceImposedMonths", "5"))
            : new Question(
                $"What maximum penalty does the request state for charge {c.Id}?",
                new Answer("none", path + ".lacks", Lacking(c.Lacks, ChargeItem.Penalty)),
                new Answer("two years or more", path + ".maxPenaltyMonths", "24"),
                new Answer("less than two years", path + ".maxPenaltyMonths", "23"));
    }

    /// <summary>What the charge's judicial data leave unknown, in words: "the penal provision and the penalty".</summary>
    public static string UnknownJudicialData(Charge c) => Words.List(new[]
    {
        ProvisionUnknown(c) ? "the penal provision" : null,
        PenaltyUnknown(c) ? (c.Stage == Stage.Conviction ? "the sentence" : "the maximum penalty") : null,
    }.OfType<string>());

    /// <summary>The JSON of a <c>lacks</c> list with <paramref name="item"/> added to what it already holds.</summary>
    private static string Lacking<T>(ImmutableArray<T> lacks, T item)
        where T : struct, Enum =>
        "[" + string.Join(",", lacks.Append(item).Distinct().Select(v => $"\"{Vocabulary.Name(v)}\"")) + "]";
}
