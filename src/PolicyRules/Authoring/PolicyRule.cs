using NRules.Fluent.Dsl;

namespace PolicyRules.Authoring;

/// <summary>
/// Base type of every policy rule. A rule is a public sealed class with a permanent ID (<see cref="NameAttribute"/>),
/// a <see cref="DescriptionAttribute"/>, at least one <see cref="CitationAttribute"/> and an <see cref="EffectiveFromAttribute"/>;
/// its actions only yield findings (<see cref="Findings"/>) or derived facts (<see cref="Facts.DerivedFact"/>).
/// </summary>
public abstract class PolicyRule : Rule
{
}
