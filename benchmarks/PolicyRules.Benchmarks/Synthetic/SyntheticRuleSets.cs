using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using NRules.Fluent.Dsl;
using PolicyRules.Authoring;
using PolicyRules.Facts;

namespace PolicyRules.Benchmarks.Synthetic;

/// <summary>
/// Synthetic rule sets of any size, for the compile and growth benchmarks. PolicyEngine loads rule classes from an assembly
/// marked as a rule set, so each set is a dynamic assembly (Reflection.Emit) holding N empty sealed subclasses of
/// <see cref="SyntheticRule"/>, each with the attributes a real rule carries. The rule body lives in the base class and
/// picks one of five shapes seen in the real rule sets by the class's index, with constants that vary by index so that
/// NRules cannot share the conditions between rules: the network grows as a real rule set of that size would.
/// </summary>
public static class SyntheticRuleSets
{
    private static readonly ConcurrentDictionary<int, Assembly> Built = new();
    private static readonly ConcurrentDictionary<Type, int> Indexes = new();

    /// <summary>The rule-set assembly with <paramref name="count"/> rules (built once per count and process).</summary>
    public static Assembly WithRules(int count) => Built.GetOrAdd(count, Build);

    internal static int IndexOf(Type type) => Indexes[type];

    private static Assembly Build(int count)
    {
        if (count is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Synthetic rule IDs have four digits: 1 to 9999 rules.");
        }

        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName($"PolicyRules.Synthetic{count}"), AssemblyBuilderAccess.Run);
        assembly.SetCustomAttribute(new CustomAttributeBuilder(
            typeof(PolicyRuleSetAttribute).GetConstructor([typeof(string), typeof(string)])!,
            [$"synthetic-{count}", $"{count} synthetic rules"]));
        var module = assembly.DefineDynamicModule($"PolicyRules.Synthetic{count}");
        var name = typeof(NameAttribute).GetConstructor([typeof(string)])!;
        var description = typeof(DescriptionAttribute).GetConstructor([typeof(string)])!;
        var citation = typeof(CitationAttribute).GetConstructor([typeof(string), typeof(string), typeof(Authority)])!;
        var effective = typeof(EffectiveFromAttribute).GetConstructor([typeof(string)])!;
        for (var i = 1; i <= count; i++)
        {
            var type = module.DefineType($"PolicyRules.Synthetic.Shape{i % SyntheticRule.Shapes}.Rule{i:D4}", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(SyntheticRule));
            type.DefineDefaultConstructor(MethodAttributes.Public);
            type.SetCustomAttribute(new CustomAttributeBuilder(name, [$"SYN-{i:D4}"]));
            type.SetCustomAttribute(new CustomAttributeBuilder(description, [$"Synthetic rule {i} of {count}."]));
            type.SetCustomAttribute(new CustomAttributeBuilder(citation, ["Synthetic Code", $"Art. {i}", Authority.Confirmed]));
            type.SetCustomAttribute(new CustomAttributeBuilder(effective, ["2012-07-01"]));
            Indexes[type.CreateType()] = i;
        }

        return assembly;
    }
}

/// <summary>The body of every synthetic rule; <see cref="SyntheticRuleSets"/> makes the subclasses.</summary>
public abstract class SyntheticRule : PolicyRule
{
    internal const int Shapes = 5;

    private static readonly OffenceCategory[] Categories = Enum.GetValues<OffenceCategory>();
    private static readonly ContextKind[] Kinds = Enum.GetValues<ContextKind>();
    private static readonly EvidenceSource[] Sources = Enum.GetValues<EvidenceSource>();
    private static readonly PersonStatus[] Statuses = Enum.GetValues<PersonStatus>();
    private static readonly Article2Kind[] ConcernKinds = Enum.GetValues<Article2Kind>();

    /// <inheritdoc />
    public override void Define()
    {
        var k = SyntheticRuleSets.IndexOf(GetType());
        var months = 6 + (k % 240);
        switch (k % Shapes)
        {
            case 0:
            {
                // A request condition joined with a charge condition (like the penalty-threshold rules).
                Request request = default!;
                Charge charge = default!;
                var kind = k % 2 == 0 ? RequestKind.RedNotice : RequestKind.Diffusion;
                var category = Categories[k % Categories.Length];
                When()
                    .Match(() => request, r => r.Kind == kind)
                    .Match(() => charge, c => c.Category == category || c.MaxPenaltyMonths >= months);
                Then().Yield(ctx => ctx.Allow("Synthetic allow.", charge));
                break;
            }

            case 1:
            {
                // One context indicator of a kind from a source (like the Article 3 context rules).
                ContextIndicator indicator = default!;
                var kind = Kinds[k % Kinds.Length];
                var source = Sources[(k / Kinds.Length) % Sources.Length];
                When().Match(() => indicator, i => i.Kind == kind && i.ConcernsThisPerson && i.Source != source);
                Then().Yield(ctx => ctx.Review("Synthetic review.", indicator));
                break;
            }

            case 2:
            {
                // A negated condition (like "no charge meets the threshold").
                Request request = default!;
                When()
                    .Match(() => request, r => r.Active)
                    .Exists<Charge>(c => c.SentenceImposedMonths == null)
                    .Not<Charge>(c => c.MaxPenaltyMonths >= months);
                Then().Yield(ctx => ctx.Deny("Synthetic deny.", request));
                break;
            }

            case 3:
            {
                // A person status joined with a charge (like the predominance factors).
                Person person = default!;
                Charge charge = default!;
                var status = Statuses[k % Statuses.Length];
                var category = Categories[(k * 7) % Categories.Length];
                When()
                    .Match(() => person, p => p.Statuses.Contains(status))
                    .Match(() => charge, c => c.Category == category);
                Then().Yield(ctx => ctx.Review("Synthetic status review.", person, charge));
                break;
            }

            default:
            {
                // An Article 2 concern of a kind, not remedied.
                Article2Concern concern = default!;
                var kind = ConcernKinds[k % ConcernKinds.Length];
                When().Match(() => concern, c => c.Kind == kind && !c.Remedied);
                Then().Yield(ctx => ctx.Note("Synthetic note.", concern));
                break;
            }
        }
    }
}
