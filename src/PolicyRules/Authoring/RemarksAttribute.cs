namespace PolicyRules.Authoring;

/// <summary>
/// A paragraph for the rule's documentation page: an open question the rule decides and how, an edge case, or what the
/// rule deliberately leaves out. Shown in the rule catalogue and in docs/rules/&lt;ID&gt;.md.
/// </summary>
/// <param name="text">Plain sentences; Markdown is allowed.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class RemarksAttribute(string text) : Attribute
{
    /// <summary>The paragraph.</summary>
    public string Text { get; } = text;
}
