namespace PolicyRules.Authoring;

/// <summary>
/// Where a value of a law table (a threshold, a cut-off date, a list) comes from, tagged like a citation. A value tagged
/// <see cref="Authority.Secondary"/> or <see cref="Authority.Unconfirmed"/> may send a case to review but may not decide
/// it: analyzer PR0303 refuses a rule that reads it in a condition and yields Deny, Allow or a derived fact.
/// </summary>
/// <param name="source">The source the value is taken from, as the rule set's citations name it.</param>
/// <param name="authority">How firmly that source is confirmed.</param>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class SourcedAttribute(string source, Authority authority) : Attribute
{
    /// <summary>The source the value is taken from.</summary>
    public string Source { get; } = source;

    /// <summary>How firmly that source is confirmed.</summary>
    public Authority Authority { get; } = authority;
}
