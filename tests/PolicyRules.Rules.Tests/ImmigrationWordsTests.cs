using PolicyRules.Facts;
using PolicyRules.Rules.UsImmigration.Derived;

namespace PolicyRules.Rules.Tests;

/// <summary>The immigration findings' date arithmetic and their "not done" versus "not stated" wording, at their edges.</summary>
public sealed class ImmigrationWordsTests
{
    private static readonly DateOnly FinalOrder = new(2025, 2, 10);

    [Fact]
    public void Reopen_window_is_open_on_the_ninetieth_day_and_closed_on_the_ninety_first()
    {
        Assert.Equal("A motion to reopen is due by 2025-05-11 (0 days left).", Immigration.ReopenWindow(FinalOrder, FinalOrder.AddDays(90)));
        Assert.StartsWith("The 90 days for a motion to reopen ran out on 2025-05-11;", Immigration.ReopenWindow(FinalOrder, FinalOrder.AddDays(91)), StringComparison.Ordinal);
        Assert.Equal("A motion to reopen is due by 2025-05-11 (90 days left).", Immigration.ReopenWindow(FinalOrder, FinalOrder));
    }

    [Fact]
    public void Safeguard_gaps_name_a_check_stated_not_done_apart_from_one_not_stated()
    {
        var us = Situation(new IceSafeguards { NoticeVerifiedCurrent = true, AbuseReviewDone = false, SupervisoryApproval = true });

        var gaps = Immigration.SafeguardGaps(us);

        Assert.StartsWith("a review for abuse or non-compliance with INTERPOL's rules (and it is not stated whether the underlying documents", gaps, StringComparison.Ordinal);
        Assert.False(Immigration.SafeguardsAllDone(us));
    }

    [Fact]
    public void Safeguards_all_stated_done_leave_no_gap_and_none_stated_are_all_unknown()
    {
        var done = Situation(new IceSafeguards { NoticeVerifiedCurrent = true, AbuseReviewDone = true, SupervisoryApproval = true, NcbDocumentsAuthorised = true });
        var unknown = Situation(new IceSafeguards());

        Assert.True(Immigration.SafeguardsAllDone(done));
        Assert.Equal(string.Empty, Immigration.SafeguardGaps(done));
        Assert.StartsWith("a stated verification that the notice is current and active, a review", Immigration.SafeguardGaps(unknown), StringComparison.Ordinal);
    }

    [Fact]
    public void Omitted_immigration_parts_read_as_not_stated_never_as_no()
    {
        var us = new UsSituation();

        Assert.Null(Immigration.Bar(us).NoticeOffered);
        Assert.Null(Immigration.Custody(us).NoticeCited);
        Assert.False(Immigration.NoticeOffered(us));
        Assert.False(Immigration.BarrablePending(us));
    }

    private static UsSituation Situation(IceSafeguards safeguards) => new() { Immigration = new Facts.UsImmigration { Safeguards = safeguards } };
}
