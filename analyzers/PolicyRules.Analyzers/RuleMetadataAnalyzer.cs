using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PolicyRules.Analyzers;

/// <summary>
/// PR0001-PR0009: a rule class declares a well-formed, unique rule ID, a description, a citation and an effective window.
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class RuleMetadataAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Property on PR0001/PR0004/PR0005/PR0006 diagnostics naming the attribute the code fix adds.</summary>
    public const string MissingAttributeProperty = "MissingAttribute";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.MissingRuleId,
        Descriptors.RuleIdPattern,
        Descriptors.DuplicateRuleId,
        Descriptors.MissingDescription,
        Descriptors.MissingCitation,
        Descriptors.MissingEffectiveFrom,
        Descriptors.InvalidEffectiveDate,
        Descriptors.EffectiveUntilBeforeFrom,
        Descriptors.PlaceholderMetadata);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.TryCreate(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            var ids = new ConcurrentDictionary<string, ConcurrentBag<RuleIdUse>>(StringComparer.Ordinal);
            start.RegisterSymbolAction(c => AnalyzeType(c, symbols, ids), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(c => ReportDuplicates(c, ids));
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, KnownSymbols symbols, ConcurrentDictionary<string, ConcurrentBag<RuleIdUse>> ids)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!symbols.IsRuleClass(type))
        {
            return;
        }

        var classLocation = type.Locations.FirstOrDefault() ?? Location.None;
        var ct = context.CancellationToken;
        AttributeData? name = null, description = null, from = null, until = null;
        var citations = 0;
        foreach (var attribute in type.GetAttributes())
        {
            if (KnownSymbols.IsAttribute(attribute, symbols.NameAttribute))
            {
                name = attribute;
            }
            else if (KnownSymbols.IsAttribute(attribute, symbols.DescriptionAttribute))
            {
                description = attribute;
            }
            else if (KnownSymbols.IsAttribute(attribute, symbols.EffectiveFromAttribute))
            {
                from = attribute;
            }
            else if (KnownSymbols.IsAttribute(attribute, symbols.EffectiveUntilAttribute))
            {
                until = attribute;
            }
            else if (KnownSymbols.IsAttribute(attribute, symbols.CitationAttribute))
            {
                var instrument = StringArgument(attribute, 0);
                var pinpoint = StringArgument(attribute, 1);
                if (IsPlaceholder(instrument) || IsPlaceholder(pinpoint))
                {
                    Report(context, Descriptors.PlaceholderMetadata, ArgumentLocation(attribute, IsPlaceholder(instrument) ? 0 : 1, ct) ?? classLocation,
                        type.Name, "Citation", IsPlaceholder(instrument) ? instrument : pinpoint);
                    citations++;
                }
                else if (!string.IsNullOrWhiteSpace(instrument) && !string.IsNullOrWhiteSpace(pinpoint))
                {
                    citations++;
                }
            }
        }

        if (name is null)
        {
            ReportMissing(context, Descriptors.MissingRuleId, classLocation, type.Name, "Name");
        }
        else
        {
            var id = StringArgument(name, 0);
            var location = ArgumentLocation(name, 0, ct) ?? classLocation;
            if (IsPlaceholder(id))
            {
                Report(context, Descriptors.PlaceholderMetadata, location, type.Name, "Name", id);
            }
            else if (!IsWellFormedRuleId(id))
            {
                Report(context, Descriptors.RuleIdPattern, location, type.Name, id ?? "");
            }
            else
            {
                ids.GetOrAdd(id!, _ => new ConcurrentBag<RuleIdUse>()).Add(new RuleIdUse(type.Name, location));
            }
        }

        var descriptionText = description is null ? null : StringArgument(description, 0);
        if (string.IsNullOrWhiteSpace(descriptionText))
        {
            ReportMissing(context, Descriptors.MissingDescription, classLocation, type.Name, "Description");
        }
        else if (IsPlaceholder(descriptionText))
        {
            Report(context, Descriptors.PlaceholderMetadata, ArgumentLocation(description!, 0, ct) ?? classLocation, type.Name, "Description", descriptionText);
        }

        if (citations == 0)
        {
            ReportMissing(context, Descriptors.MissingCitation, classLocation, type.Name, "Citation");
        }

        DateTime? fromDate = null, untilDate = null;
        if (from is null)
        {
            ReportMissing(context, Descriptors.MissingEffectiveFrom, classLocation, type.Name, "EffectiveFrom");
        }
        else
        {
            fromDate = CheckDate(context, from, "EffectiveFrom", type.Name, classLocation);
        }

        if (until is not null)
        {
            untilDate = CheckDate(context, until, "EffectiveUntil", type.Name, classLocation);
        }

        if (fromDate is { } f && untilDate is { } u && u < f)
        {
            Report(context, Descriptors.EffectiveUntilBeforeFrom, ArgumentLocation(until!, 0, ct) ?? classLocation, type.Name,
                u.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private static DateTime? CheckDate(SymbolAnalysisContext context, AttributeData attribute, string attributeName, string typeName, Location fallback)
    {
        var text = StringArgument(attribute, 0);
        var location = ArgumentLocation(attribute, 0, context.CancellationToken) ?? fallback;
        if (IsPlaceholder(text))
        {
            Report(context, Descriptors.PlaceholderMetadata, location, typeName, attributeName, text);
            return null;
        }

        if (text is not null && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report(context, Descriptors.InvalidEffectiveDate, location, typeName, attributeName, text ?? "");
        return null;
    }

    private static void ReportDuplicates(CompilationAnalysisContext context, ConcurrentDictionary<string, ConcurrentBag<RuleIdUse>> ids)
    {
        foreach (var entry in ids)
        {
            var uses = entry.Value.OrderBy(u => u.ClassName, StringComparer.Ordinal).ToArray();
            if (uses.Length < 2)
            {
                continue;
            }

            foreach (var use in uses)
            {
                var others = uses.Where(u => !ReferenceEquals(u, use)).ToArray();
                var names = string.Join(", ", others.Select(o => "'" + o.ClassName + "'"));
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateRuleId, use.Location,
                    others.Select(o => o.Location), use.ClassName, entry.Key, names));
            }
        }
    }

    /// <summary>Rule IDs match ^[A-Z]{2,5}-[0-9]{4}$ (checked by hand: no culture, no regex engine).</summary>
    internal static bool IsWellFormedRuleId(string? id)
    {
        if (id is null)
        {
            return false;
        }

        var dash = id.IndexOf('-');
        if (dash < 2 || dash > 5 || id.Length != dash + 5)
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = i < dash ? c is >= 'A' and <= 'Z' : i == dash ? c == '-' : c is >= '0' and <= '9';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsPlaceholder(string? value) =>
        value is not null && value.TrimStart().StartsWith("TODO", StringComparison.OrdinalIgnoreCase);

    private static string? StringArgument(AttributeData attribute, int index) =>
        attribute.ConstructorArguments.Length > index && attribute.ConstructorArguments[index].Kind == TypedConstantKind.Primitive
            ? attribute.ConstructorArguments[index].Value as string
            : null;

    private static Location? ArgumentLocation(AttributeData attribute, int index, CancellationToken ct)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(ct) is not AttributeSyntax syntax)
        {
            return null;
        }

        var arguments = syntax.ArgumentList?.Arguments;
        return arguments is { } list && list.Count > index ? list[index].GetLocation() : syntax.GetLocation();
    }

    private static void ReportMissing(SymbolAnalysisContext context, DiagnosticDescriptor descriptor, Location location, string typeName, string attribute) =>
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location,
            ImmutableDictionary<string, string?>.Empty.Add(MissingAttributeProperty, attribute), typeName));

    private static void Report(SymbolAnalysisContext context, DiagnosticDescriptor descriptor, Location location, params object?[] args) =>
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, args));

    private sealed class RuleIdUse
    {
        public RuleIdUse(string className, Location location)
        {
            ClassName = className;
            Location = location;
        }

        public string ClassName { get; }

        public Location Location { get; }
    }
}
