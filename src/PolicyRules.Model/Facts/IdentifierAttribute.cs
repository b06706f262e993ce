namespace PolicyRules.Facts;

/// <summary>
/// Marks a case field that holds an ID (or a list of them): visible characters only, not blank. The case reader checks
/// every value; the schema states the same as a pattern.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class IdentifierAttribute : Attribute
{
}
