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
                new Answer("less than six months imposed and to serve", path + ".sentenceImposedMonths", Math.Min(5, c.MaxPenaltyMonths ?? 5).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : (c.SentenceImposedMonths ?? 0) > 23
                ? new Question(
                    $"What maximum penalty does the request state for charge {c.Id}?",
                    new Answer("none", path + ".lacks", Lacking(c.Lacks, ChargeItem.Penalty)),
                    new Answer("two years or more", path + ".maxPenaltyMonths", c.SentenceImposedMonths!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
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

    /// <summary>A stated defect of the issuer: not competent, or not judicial and known to allow no judicial appeal.</summary>
    public static bool IssuerDefectStated(ArrestWarrant w) => w.IssuerCompetent == false
        || (w.IssuingAuthorityType != null && !Law.JudicialData.IsJudicial(w.IssuingAuthorityType) && w.JudicialAppealAvailable == false);

    /// <summary>Nobody has said whether the issuer had the power, or, for a non-judicial issuer, whether a judicial appeal lies.</summary>
    public static bool IssuerUnknown(ArrestWarrant w) => !IssuerDefectStated(w) && (w.IssuerCompetent == null || w.IssuingAuthorityType == null
        || (!Law.JudicialData.IsJudicial(w.IssuingAuthorityType) && w.JudicialAppealAvailable == null));

    public static Question Issuer(ArrestWarrant w)
    {
        var name = string.IsNullOrWhiteSpace(w.Reference) ? "the arrest warrant" : "arrest warrant " + w.Reference;
        if (w.IssuerCompetent == null)
        {
            return new Question(
                $"Did the authority that issued {name} have the power to issue it under national law?",
                new Answer("no", "$.request.arrestWarrant.issuerCompetent", "false"),
                new Answer("yes", "$.request.arrestWarrant.issuerCompetent", "true"));
        }

        if (w.IssuingAuthorityType == null)
        {
            return new Question(
                $"What kind of body issued {name}: a court or judge, or a non-judicial body (prosecutor, police, administration)?",
                new Answer("a court", "$.request.arrestWarrant.issuingAuthorityType", "\"court\""),
                new Answer("a prosecutor", "$.request.arrestWarrant.issuingAuthorityType", "\"prosecutor\""));
        }

        return new Question(
            $"Can {name}, issued by a {Words.Of(w.IssuingAuthorityType.Value)}, be appealed to a judicial authority?",
            new Answer("no", "$.request.arrestWarrant.judicialAppealAvailable", "false"),
            new Answer("yes", "$.request.arrestWarrant.judicialAppealAvailable", "true"));
    }

    /// <summary>A stated defect of the summary of facts: none given, or it is known to miss the person's own acts, the time or the place.</summary>
    public static bool SummaryDefectStated(Request r) => r.Lacks.Contains(RequestItem.SummaryOfFacts)
        || (r.SummaryOfFacts is { } s && (s.DescribesPersonsOwnActs == false || s.StatesTime == false || s.StatesPlace == false));

    public static bool SummaryUnknown(Request r) => !SummaryDefectStated(r)
        && (r.SummaryOfFacts is not { } s || s.DescribesPersonsOwnActs == null || s.StatesTime == null || s.StatesPlace == null);

    public static Question Summary(Request r)
    {
        const string path = "$.request.summaryOfFacts";
        if (r.SummaryOfFacts is not { } s)
        {
            return new Question(
                "Does the request give a summary of facts describing the person's own acts, with the time and place?",
                new Answer("no summary of facts", "$.request.lacks", Lacking(r.Lacks, RequestItem.SummaryOfFacts)),
                new Answer("yes, acts, time and place", path, "{\"describesPersonsOwnActs\":true,\"statesTime\":true,\"statesPlace\":true}"));
        }

        var (field, words) = s.DescribesPersonsOwnActs == null ? ("describesPersonsOwnActs", "describe what this person did (role, concrete acts)")
            : s.StatesTime == null ? ("statesTime", "say when the acts took place")
            : ("statesPlace", "say where the acts took place");
        return new Question(
            $"Does the summary of facts {words}?",
            new Answer("no", $"{path}.{field}", "false"),
            new Answer("yes", $"{path}.{field}", "true"));
    }

    public static Question Identifiers() => new(
        "Which data does the request give to identify the person (name, sex, date of birth, physical description, DNA profile, fingerprints, identity-document data, a good-quality photograph, alias, parents' names)?",
        new Answer("name, sex and date of birth with fingerprints", "$.request.identifiers", "{\"given\":[\"familyName\",\"forename\",\"sex\",\"dateOfBirth\",\"fingerprints\"]}"),
        new Answer("the name only", "$.request.identifiers", "{\"given\":[\"familyName\",\"forename\"]}"));

    /// <summary>The JSON of a <c>lacks</c> list with <paramref name="item"/> added to what it already holds.</summary>

    private static string Lacking<T>(ImmutableArray<T> lacks, T item)
        where T : struct, Enum =>
        "[" + string.Join(",", lacks.Append(item).Distinct().Select(v => $"\"{Vocabulary.Name(v)}\"")) + "]";
}
