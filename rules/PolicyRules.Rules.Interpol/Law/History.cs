namespace PolicyRules.Rules.Interpol.Law;

/// <summary>Pure tests and wording for the request's stated history (applications to the CCF, General Secretariat blocks and deletions).</summary>
internal static class History
{
    public static bool Application(InterpolHistoryEntry entry) => entry.Kind == InterpolHistoryKind.CcfApplication;

    public static bool Pending(InterpolHistoryEntry entry) => Application(entry) && entry.Decision == CcfDecision.Pending;

    public static bool CcfDeleted(InterpolHistoryEntry entry) => Application(entry) && entry.Decision == CcfDecision.Deleted;

    public static bool CcfKept(InterpolHistoryEntry entry) => Application(entry) && entry.Decision is CcfDecision.Kept or CcfDecision.KeptWithUpdate;

    public static bool Decided(InterpolHistoryEntry entry) => CcfDeleted(entry) || CcfKept(entry);

    /// <summary>The data were deleted: on the CCF's decision or by the General Secretariat.</summary>
    public static bool Deleted(InterpolHistoryEntry entry) => CcfDeleted(entry) || entry.Kind == InterpolHistoryKind.GsDeletion;

    /// <summary>A stated date as yyyy-MM-dd, or "on a day not stated".</summary>
    public static string On(DateOnly? day) => day is { } d ? "on " + Words.Date(d) : "on a day not stated";

    /// <summary>The last day of a CCF Statute time limit of <paramref name="months"/> months from <paramref name="from"/> (Art. 40).</summary>
    public static DateOnly Limit(DateOnly from, int months) => from.AddMonths(months);

    /// <summary>"deletion", "correction", "access", or "deletion or correction" when the application does not say.</summary>
    public static string Asks(InterpolHistoryEntry entry) => entry.Asks switch
    {
        CcfApplicationAsks.Access => "access",
        CcfApplicationAsks.Correction => "correction",
        CcfApplicationAsks.Deletion => "deletion",
        _ => "access, correction or deletion (the case does not say which)",
    };

    /// <summary>" (the detail)" when the entry records one; otherwise nothing.</summary>
    public static string Detail(InterpolHistoryEntry entry) => string.IsNullOrWhiteSpace(entry.Detail) ? string.Empty : $" ({entry.Detail.TrimEnd('.')})";

    /// <summary>A stated date as yyyy-MM-dd, or "a day not stated".</summary>
    public static string Day(DateOnly? day) => day is { } d ? Words.Date(d) : "a day not stated";

    /// <summary>The time-limit step of a pending application (INT-1003), from its stated dates and the as-of date.</summary>
    public static string PendingLimit(InterpolHistoryEntry application, DateOnly asOf)
    {
        if (application.AdmissibleOn is { } admissible)
        {
            var months = application.Asks == CcfApplicationAsks.Access ? 4 : 9;
            var limit = Limit(admissible, months);
            var which = application.Asks switch
            {
                CcfApplicationAsks.Access => "four months from that day for access (CCF Statute Art. 40(1))",
                null => "nine months from that day for correction or deletion (CCF Statute Art. 40(2)); four for access alone (Art. 40(1))",
                _ => $"nine months from that day for {Asks(application)} (CCF Statute Art. 40(2))",
            };
            var passed = asOf > limit
                ? $" That day has passed as of {Words.Date(asOf)}: unless the Requests Chamber extended the limit, which it must have told the applicant promptly and must explain in its decision (Art. 40(3)), the decision is overdue, and the person may ask the Chamber where it stands (Art. 31(3))."
                : " The Requests Chamber may extend the limit where the circumstances warrant it, reasonably, telling the applicant promptly and explaining it in the decision (Art. 40(3)).";
            return $"The CCF declared the application for {Asks(application)} admissible on {Words.Date(admissible)}: it must decide by {Words.Date(limit)}, {which}.{passed}";
        }

        return application.Date is { } received
            ? $"The CCF received the application on {Words.Date(received)}: it must say by {Words.Date(received.AddMonths(1))} whether it is admissible (CCF Statute Art. 32(1)), and then decide within nine months of that day on correction or deletion, four on access (Art. 40(1)-(2)), unless the Requests Chamber extends the limit with reasons (Art. 40(3))."
            : "The CCF must say within one month of receiving the application whether it is admissible (CCF Statute Art. 32(1)), and then decide within nine months of that day on correction or deletion, four on access (Art. 40(1)-(2)), unless the Requests Chamber extends the limit with reasons (Art. 40(3)).";
    }
}
