namespace PolicyRules.Authoring;

/// <summary>The legal provision a rule encodes: instrument and pinpoint, with how firmly the source is confirmed.</summary>
/// <param name="instrument">The instrument, e.g. "RPD" or "18 U.S.C.".</param>
/// <param name="pinpoint">The pinpoint inside it, e.g. "Art. 83(1)(a)(ii)" or "§ 3184".</param>
/// <param name="authority">How firmly the source has been confirmed.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CitationAttribute(string instrument, string pinpoint, Authority authority) : Attribute
{
    /// <summary>The instrument, e.g. "RPD".</summary>
    public string Instrument { get; } = instrument;

    /// <summary>The pinpoint inside the instrument, e.g. "Art. 83(1)(a)(ii)".</summary>
    public string Pinpoint { get; } = pinpoint;

    /// <summary>How firmly the source has been confirmed.</summary>
    public Authority Authority { get; } = authority;

    /// <summary>Where the text can be read, when known.</summary>
    public string? Url { get; init; }
}
