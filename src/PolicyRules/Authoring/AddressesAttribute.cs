namespace PolicyRules.Authoring;

/// <summary>
/// The required elements of a request that the rule's findings address (e.g. "penalty", "judicial data"), declared on the
/// rule itself: a rule set's "no silent pass" guard reads them to see which elements were affirmatively addressed, the
/// rule pages and the catalogue show them, and the engine checks at start-up that only a rule yielding findings declares them.
/// </summary>
/// <param name="elements">The element names, as the rule set defines them.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AddressesAttribute(params string[] elements) : Attribute
{
    /// <summary>The element names.</summary>
    public IReadOnlyList<string> Elements { get; } = elements;
}
