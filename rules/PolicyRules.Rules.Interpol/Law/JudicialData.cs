namespace PolicyRules.Rules.Interpol.Law;

/// <summary>Pure tests on the judicial data of a request (spec D9, D11).</summary>
internal static class JudicialData
{
    public static bool IsJudicial(AuthorityType? type) => type is AuthorityType.Court or AuthorityType.InvestigatingJudge
        or AuthorityType.MilitaryCourt or AuthorityType.InternationalCourt;

    public static bool WarrantAdequate(ArrestWarrant w) => !string.IsNullOrWhiteSpace(w.Reference) && w.Valid == true
        && w.IssuerCompetent == true && (IsJudicial(w.IssuingAuthorityType) || w.JudicialAppealAvailable == true);

    public static bool FactsComplete(SummaryOfFacts s) => s.DescribesPersonsOwnActs == true && s.StatesTime == true && s.StatesPlace == true;

    public static bool ArrestPurpose(RequestPurpose? purpose) => purpose is RequestPurpose.Extradition or RequestPurpose.Surrender or RequestPurpose.SimilarLawfulAction;

    public static bool DiffusionPurpose(RequestPurpose? purpose) => ArrestPurpose(purpose) || purpose is RequestPurpose.LocateOnly
        or RequestPurpose.AdditionalInformation or RequestPurpose.Identification or RequestPurpose.Warning or RequestPurpose.Information;
}
