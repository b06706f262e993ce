namespace PolicyRules.Authoring;

/// <summary>The first day (yyyy-MM-dd) on which a rule applies; cases with an earlier as-of date do not see it.</summary>
/// <param name="date">The date in yyyy-MM-dd form.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class EffectiveFromAttribute(string date) : Attribute
{
    /// <summary>The date as written, yyyy-MM-dd.</summary>
    public string Date { get; } = date;
}

/// <summary>The last day (yyyy-MM-dd) on which a rule applies.</summary>
/// <param name="date">The date in yyyy-MM-dd form.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class EffectiveUntilAttribute(string date) : Attribute
{
    /// <summary>The date as written, yyyy-MM-dd.</summary>
    public string Date { get; } = date;
}
