namespace PolicyRules.Facts;

/// <summary>Marks a case field that holds ISO 3166-1 alpha-2 country codes; the case reader checks every value.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class CountryCodeAttribute : Attribute
{
}
