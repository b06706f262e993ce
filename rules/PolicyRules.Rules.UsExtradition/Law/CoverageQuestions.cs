using System.Text.Json;
using PolicyRules.Json;

namespace PolicyRules.Rules.UsExtradition.Law;

/// <summary>
/// The question USX-0303 asks when a charge's coverage is undetermined because a fact is unknown (no analysis, the list
/// not checked, a maximum penalty not stated), with the answers that would decide it. A maximum of exactly 12 months is
/// stated, not unknown: there the treaty's wording must be weighed, and the rule sends the charge to review instead.
/// </summary>
internal static class CoverageQuestions
{
    public static Question? For(Charge charge, UsSituation us, TreatyStatus treaty)
    {
        var analysis = us.OffenceAnalysis.FirstOrDefault(a => a.ChargeId == charge.Id);
        var at = $"$.us.offenceAnalysis[?(@.chargeId=='{charge.Id}')]";
        if (analysis is null)
        {
            return new Question(
                $"Does U.S. law make the conduct of charge {charge.Id} a crime (dual criminality), and does the treaty cover it?",
                new Answer("no U.S. analogue", "$.us.offenceAnalysis", With(us, new OffenceAnalysis { ChargeId = charge.Id })),
                new Answer("an analogue punishable by more than a year, on the treaty list", "$.us.offenceAnalysis",
                    With(us, new OffenceAnalysis { ChargeId = charge.Id, UsAnalogue = "(as found by OIA)", UsMaxPenaltyMonths = 13, Listed = true })));
        }

        if (analysis.UsAnalogue is null)
        {
            return null;
        }

        var listQuestion = new Question(
            $"Is the offence of charge {charge.Id} on the list of the treaty with the requesting state?",
            new Answer("no", at + ".listed", "false"),
            new Answer("yes", at + ".listed", "true"));
        if (treaty.Type == TreatyType.List || (treaty.Type == TreatyType.Mixed && analysis.Listed is null))
        {
            return analysis.Listed is null ? listQuestion : null;
        }

        if (charge.MaxPenaltyMonths is null && !charge.Lacks.Contains(ChargeItem.Penalty))
        {
            // A stated sentence bounds the maximum from below; an answer under it would contradict the case.
            var floor = charge.SentenceImposedMonths ?? 0;
            var path = $"$.charges[?(@.id=='{charge.Id}')].maxPenaltyMonths";
            var more = new Answer("more than one year", path, Math.Max(13, floor).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return floor > 11
                ? new Question($"What maximum penalty does the requesting state's law set for charge {charge.Id}?", more)
                : new Question($"What maximum penalty does the requesting state's law set for charge {charge.Id}?", more, new Answer("less than one year", path, "11"));
        }

        return analysis.UsMaxPenaltyMonths is null && charge.MaxPenaltyMonths is not null
            ? new Question(
                $"What maximum penalty does U.S. law set for the analogue of charge {charge.Id} ({analysis.UsAnalogue})?",
                new Answer("more than one year", at + ".usMaxPenaltyMonths", "13"),
                new Answer("less than one year", at + ".usMaxPenaltyMonths", "11"))
            : null;
    }

    private static string With(UsSituation us, OffenceAnalysis added) =>
        JsonSerializer.Serialize(us.OffenceAnalysis.Add(added), PolicyJson.CompactOptions);
}
