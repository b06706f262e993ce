using System.Collections.Immutable;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using NRules.Fluent;
using NRules.RuleModel;
using PolicyRules.Authoring;
using PolicyRules.Facts;
using PolicyRules.Verdicts;

namespace PolicyRules.Engine;

/// <summary>Reads each compiled rule's metadata from its class and checks the authoring conventions once, at start-up.</summary>
internal static partial class RuleCatalog
{
    /// <summary>The documented rule-ID pattern: a rule-set prefix of 2-5 capitals, a dash, four digits.</summary>
    public const string IdPattern = "^[A-Z]{2,5}-[0-9]{4}$";

    /// <summary>The priority of every rule that yields derived facts: above the finding rules' default 0.</summary>
    public const int DerivationPriority = 1;

    [GeneratedRegex(IdPattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();

    public static RuleInfo Describe(IRuleDefinition rule, string ruleSet, List<string> problems)
    {
        var type = ClrType(rule);
        var where = $"rule `{rule.Name}` ({type?.FullName ?? "unknown class"})";
        if (!IdRegex().IsMatch(rule.Name))
        {
            problems.Add($"{where}: rule ID does not match {IdPattern}; give the class a [Name(\"XXX-0000\")] attribute.");
        }

        if (string.IsNullOrWhiteSpace(rule.Description))
        {
            problems.Add($"{where}: no description; add a [Description(\"...\")] attribute.");
        }

        var citations = type?.GetCustomAttributes<CitationAttribute>()
            .Select(c => new Citation { Instrument = c.Instrument, Pinpoint = c.Pinpoint, Authority = c.Authority, Url = c.Url })
            .ToImmutableArray() ?? [];
        if (citations.IsEmpty)
        {
            problems.Add($"{where}: no citation; add a [Citation(instrument, pinpoint, authority)] attribute.");
        }

        var from = ParseDate(type?.GetCustomAttribute<EffectiveFromAttribute>()?.Date, where, "EffectiveFrom", problems, required: true);
        var until = ParseDate(type?.GetCustomAttribute<EffectiveUntilAttribute>()?.Date, where, "EffectiveUntil", problems, required: false);
        if (from is { } f && until is { } u && u < f)
        {
            problems.Add($"{where}: effective-until {u.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is before effective-from {f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
        }

        var (effects, derives) = ReadActions(rule);
        // Derived facts settle before the law rules read them; otherwise a finding rule can fire on a state a pending
        // derivation is about to change, and its finding is withdrawn again (wasted work and a misleading explain step).
        if (!derives.IsEmpty && rule.Priority < DerivationPriority)
        {
            problems.Add($"{where}: yields derived facts ({string.Join(", ", derives)}) but fires at priority {rule.Priority}; add [Priority({DerivationPriority})] so derivations fire before the finding rules.");
        }

        if (derives.IsEmpty && rule.Priority > 0)
        {
            problems.Add($"{where}: has [Priority({rule.Priority})] but yields no derived fact; only derivations fire ahead of the finding rules (a closing guard that reasons from missing findings may take a negative priority), so remove it.");
        }

        var addresses = type?.GetCustomAttribute<AddressesAttribute>()?.Elements.ToImmutableArray() ?? [];
        if (!addresses.IsEmpty && effects.All(e => e == Effect.Note))
        {
            problems.Add($"{where}: declares [Addresses({string.Join(", ", addresses.Select(a => $"\"{a}\""))})] but yields no deny, ask, review or allow finding; only a finding can address a required element, so remove the attribute.");
        }

        var deciding = effects.Any(e => e is Effect.Deny or Effect.Allow);
        if (deciding && !citations.IsEmpty && citations.All(c => c.Authority != Authority.Confirmed))
        {
            problems.Add($"{where}: rests only on secondary or unconfirmed sources yet decides (deny or allow); make it review, or cite a confirmed source.");
        }

        return new RuleInfo
        {
            Id = rule.Name,
            RuleSet = ruleSet,
            Description = rule.Description,
            Citations = citations,
            EffectiveFrom = from ?? DateOnly.MinValue,
            EffectiveUntil = until,
            Effects = effects,
            Derives = derives,
            Remarks = type?.GetCustomAttributes<RemarksAttribute>().Select(r => r.Text).ToImmutableArray() ?? [],
            Addresses = addresses,
            ClassName = type?.FullName,
            Provision = type?.Namespace is { } ns ? ns[(ns.LastIndexOf('.') + 1)..] : string.Empty,
        };
    }

    public static Type? ClrType(IRuleDefinition rule) =>
        rule.Properties.TryGetProperty(RuleProperties.ClrType, out var property) ? property.Value as Type : null;

    private static DateOnly? ParseDate(string? text, string where, string attribute, List<string> problems, bool required)
    {
        if (text is null)
        {
            if (required)
            {
                problems.Add($"{where}: no [{attribute}(\"yyyy-MM-dd\")] attribute.");
            }

            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{where}: [{attribute}(\"{text}\")] is not a date in yyyy-MM-dd form.");
        return null;
    }

    private static (ImmutableArray<Effect> Effects, ImmutableArray<string> Derives) ReadActions(IRuleDefinition rule)
    {
        var reader = new ActionReader();
        foreach (var action in rule.RightHandSide.Actions)
        {
            reader.Visit(action.Expression);
        }

        return ([.. reader.Effects.Order()], [.. reader.Derives.Order(StringComparer.Ordinal)]);
    }

    /// <summary>Finds which findings and derived facts a rule's actions yield, so the catalogue never restates them by hand.</summary>
    private sealed class ActionReader : ExpressionVisitor
    {
        public HashSet<Effect> Effects { get; } = [];

        public HashSet<string> Derives { get; } = [];

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType == typeof(Findings) && Enum.TryParse<Effect>(node.Method.Name, out var effect))
            {
                Effects.Add(effect);
            }

            return base.VisitMethodCall(node);
        }

        protected override Expression VisitNew(NewExpression node)
        {
            if (typeof(DerivedFact).IsAssignableFrom(node.Type))
            {
                Derives.Add(node.Type.Name);
            }

            return base.VisitNew(node);
        }

        protected override Expression VisitMemberInit(MemberInitExpression node)
        {
            if (typeof(DerivedFact).IsAssignableFrom(node.Type))
            {
                Derives.Add(node.Type.Name);
            }

            return base.VisitMemberInit(node);
        }
    }
}
