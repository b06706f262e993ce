namespace PolicyRules.Rules.UsExtradition.Derived;

/// <summary>
/// Date sums for statutory and treaty clocks. A case read from JSON keeps every sum inside the calendar (its dates and
/// counts are bounded), but an embedder can build a case in C# with any date; a clock that would end after the last
/// day of the calendar ends on that day, so it never reads as elapsed and no rule throws.
/// </summary>
internal static class Calendar
{
    /// <summary><paramref name="start"/> plus calendar months (to the same day number, clamped to the month's end) plus days.</summary>
    public static DateOnly Plus(DateOnly start, int months, int days)
    {
        var monthsLeft = ((DateOnly.MaxValue.Year - start.Year) * 12) + (DateOnly.MaxValue.Month - start.Month);
        if (months > monthsLeft)
        {
            return DateOnly.MaxValue;
        }

        var afterMonths = start.AddMonths(months);
        return days > DateOnly.MaxValue.DayNumber - afterMonths.DayNumber ? DateOnly.MaxValue
            : days < -afterMonths.DayNumber ? DateOnly.MinValue
            : afterMonths.AddDays(days);
    }
}
