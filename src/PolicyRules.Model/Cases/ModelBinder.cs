using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PolicyRules.Facts;

namespace PolicyRules.Cases;

/// <summary>
/// Binds a JSON document to the immutable case records by reflection over their init-only properties, collecting every
/// problem instead of stopping at the first. Reading the model itself (rather than a hand-written copy of it) keeps the
/// reader, the writer and the published schema in step with the records.
/// </summary>
internal sealed class ModelBinder(JsonLineMap lines, CaseLimits limits)
{
    public List<CaseProblem> Problems { get; } = [];

    public T? Bind<T>(JsonElement root)
        where T : class => (T?)BindValue(typeof(T), root, "$", nullable: false);

    private object? BindValue(Type type, JsonElement element, string path, bool nullable)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (nullable || underlying is not null)
            {
                return null;
            }

            return Problem(path, $"expected {ModelShape.Describe(type)}, found null.");
        }

        type = underlying ?? type;
        if (element.ValueKind == JsonValueKind.String && !IsReadableText(element))
        {
            return Problem(path, CaseChecks.LoneSurrogate, "the text holds a \\u escape for half of a surrogate pair, which is not a character; write the character itself or both halves of the pair.");
        }

        if (type == typeof(string))
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                return Problem(path, $"expected text, found {Kind(element)}.");
            }

            // Characters are counted as JSON Schema's maxLength counts them: Unicode code points, not UTF-16 units.
            var text = element.GetString()!;
            if (text.Length > limits.MaxStringLength && CodePoints(text) is var length && length > limits.MaxStringLength)
            {
                return Problem(path, $"the text is {length} characters long; the limit is {limits.MaxStringLength}.");
            }

            return text;
        }

        if (type == typeof(bool))
        {
            return element.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? element.GetBoolean()
                : Problem(path, $"expected true or false, found {Kind(element)}.");
        }

        if (type == typeof(int))
        {
            // A whole number may be written 60, 60.0 or 6e1: JSON (and the schema's "integer") see one number.
            if (element.ValueKind == JsonValueKind.Number && (element.TryGetInt32(out var number) || TryGetWholeInt32(element, out number)))
            {
                if (number < 0)
                {
                    return Problem(path, $"expected a whole number of zero or more, found {number}.");
                }

                // Fields named ...Months and ...Days are counts that rules add to dates; bounded so no sum leaves the calendar.
                var (max, unit) = path.EndsWith("Months", StringComparison.Ordinal) ? (limits.MaxMonths, "months")
                    : path.EndsWith("Days", StringComparison.Ordinal) ? (limits.MaxDays, "days")
                    : (int.MaxValue, null);
                return number <= max ? number : Problem(path, $"{number} {unit} is more than the limit of {max} {unit}; check the figure.");
            }

            return Problem(path, $"expected a whole number of zero or more, found {Kind(element)}.");
        }

        if (type == typeof(DateOnly))
        {
            if (element.ValueKind == JsonValueKind.String &&
                DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date >= limits.EarliestDate && date <= limits.LatestDate
                    ? date
                    : Problem(path, string.Create(CultureInfo.InvariantCulture, $"the date {date:yyyy-MM-dd} is outside the dates a case may state, {limits.EarliestDate:yyyy-MM-dd} to {limits.LatestDate:yyyy-MM-dd}."));
            }

            return Problem(path, $"expected a date in yyyy-MM-dd form, found {Kind(element)}.");
        }

        if (type.IsEnum)
        {
            var names = ModelShape.EnumNames(type);
            if (element.ValueKind == JsonValueKind.String && names.TryGetValue(element.GetString()!, out var value))
            {
                return value;
            }

            return Problem(path, $"unknown value {Kind(element)}; expected one of: {string.Join(", ", names.Keys.Order(StringComparer.Ordinal))}.");
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return BindArray(type, element, path);
        }

        return BindRecord(type, element, path);
    }

    private object? BindArray(Type type, JsonElement element, string path)
    {
        var itemType = type.GetGenericArguments()[0];
        if (element.ValueKind != JsonValueKind.Array)
        {
            return Problem(path, $"expected a list of {ModelShape.Describe(itemType)}, found {Kind(element)}.");
        }

        var count = element.GetArrayLength();
        if (count > limits.MaxListItems)
        {
            return Problem(path, $"the list has {count} items; the limit is {limits.MaxListItems}.");
        }

        var items = Array.CreateInstance(itemType, count);
        var index = 0;
        var failed = false;
        foreach (var item in element.EnumerateArray())
        {
            var value = BindValue(itemType, item, $"{path}[{index}]", nullable: false);
            if (value is null)
            {
                failed = true;
            }
            else
            {
                items.SetValue(value, index);
            }

            index++;
        }

        return failed ? null : ModelShape.ToImmutableArray(itemType, items);
    }

    private object? BindRecord(Type type, JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Problem(path, $"expected {ModelShape.Describe(type)}, found {Kind(element)}.");
        }

        var shape = ModelShape.Of(type);
        var instance = Activator.CreateInstance(type)!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var failed = false;
        foreach (var property in element.EnumerateObject())
        {
            var childPath = JsonLineMap.Child(path, property.Name);
            if (path == "$" && property.Name == "$schema")
            {
                // Not part of the case, but held like any of its texts: the same length limit (it once skipped every limit).
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    Problem(childPath, $"expected text (the path or URL of the case schema), found {Kind(property.Value)}.");
                    failed = true;
                }
                else if (BindValue(typeof(string), property.Value, childPath, nullable: false) is null)
                {
                    failed = true;
                }

                continue;
            }

            if (!shape.Fields.TryGetValue(property.Name, out var field))
            {
                Problem(childPath, $"unknown field `{Echo.Of(property.Name)}` in {ModelShape.Describe(type)}; expected one of: {string.Join(", ", shape.Fields.Keys)}.");
                failed = true;
                continue;
            }

            seen.Add(property.Name);
            var value = BindValue(field.Property.PropertyType, property.Value, childPath, field.Nullable);
            if (value is null && !(property.Value.ValueKind == JsonValueKind.Null && field.Nullable))
            {
                failed = true;
                continue;
            }

            if (value is not null && field.AllowedValues is { } allowed && !allowed.IsValid(value))
            {
                Problem(childPath, $"{Kind(property.Value)} {allowed.ErrorMessage ?? $"is not allowed here; expected one of: {string.Join(", ", allowed.Values)}."}");
                failed = true;
                continue;
            }

            field.Property.SetValue(instance, value);
        }

        foreach (var missing in shape.Fields.Values.Where(f => f.Required && !seen.Contains(f.Name)))
        {
            Problem(path, $"missing required field `{missing.Name}` ({ModelShape.Describe(missing.Property.PropertyType)}).");
            failed = true;
        }

        return failed ? null : instance;
    }

    /// <summary>False when the string's escapes do not make valid text (a lone \uD800), which System.Text.Json refuses to decode.</summary>
    private static bool IsReadableText(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private object? Problem(string path, string message) => Problem(path, null, message);

    private object? Problem(string path, CaseCheck? check, string message)
    {
        Problems.Add(new CaseProblem(path, lines.LineOf(path), message) { Check = check });
        return null;
    }

    private static bool TryGetWholeInt32(JsonElement element, out int number)
    {
        number = 0;
        if (!element.TryGetDecimal(out var value) || value != decimal.Truncate(value) || value < int.MinValue || value > int.MaxValue)
        {
            return false;
        }

        number = (int)value;
        return true;
    }

    private static int CodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => Quote(element.GetString()!),
        JsonValueKind.Number => $"the number {Truncate(element.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Quote(string text) => $"\"{Echo.Of(text)}\"";

    private static string Truncate(string text) => Echo.Of(text);
}

/// <summary>The shape of one case record: its JSON fields, which are required, which may be null.</summary>
internal sealed class ModelShape
{
    private static readonly ConcurrentDictionary<Type, ModelShape> Shapes = new();
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> Enums = new();
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly Lock NullabilityLock = new();

    private ModelShape(Type type)
    {
        Type = type;
        var fields = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true })
            {
                continue;
            }

            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            bool nullable;
            lock (NullabilityLock)
            {
                nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null ||
                    (!property.PropertyType.IsValueType && Nullability.Create(property).WriteState == NullabilityState.Nullable);
            }

            fields[name] = new Field(name, property, property.IsDefined(typeof(RequiredMemberAttribute)), nullable)
            {
                AllowedValues = property.GetCustomAttribute<AllowedValuesAttribute>(),
                CountryCode = property.IsDefined(typeof(CountryCodeAttribute)),
                Identifier = property.IsDefined(typeof(IdentifierAttribute)),
                Scalar = IsScalar(property.PropertyType),
            };
        }

        Fields = fields;
    }

    public Type Type { get; }

    public IReadOnlyDictionary<string, Field> Fields { get; }

    public static ModelShape Of(Type type) => Shapes.GetOrAdd(type, static t => new ModelShape(t));

    public static IReadOnlyDictionary<string, object> EnumNames(Type type) => Enums.GetOrAdd(type, static t =>
        Enum.GetValues(t).Cast<Enum>().ToDictionary(v => Vocabulary.Name(v), v => (object)v, StringComparer.Ordinal));

    public static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "text";
        }

        if (type == typeof(int))
        {
            return "a whole number";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(DateOnly))
        {
            return "a date (yyyy-MM-dd)";
        }

        if (type.IsEnum)
        {
            return $"a {Words(type.Name)} value";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return $"a list of {Describe(type.GetGenericArguments()[0])}";
        }

        return $"a {Words(type.Name)} object";
    }

    public static object ToImmutableArray(Type itemType, Array items) =>
        typeof(ImmutableArray).GetMethods()
            .First(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
            .MakeGenericMethod(itemType)
            .Invoke(null, [items])!;

    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public sealed record Field(string Name, PropertyInfo Property, bool Required, bool Nullable)
    {
        /// <summary>The value is an ISO 3166-1 alpha-2 code (or a list of them).</summary>
        public bool CountryCode { get; init; }

        /// <summary>The value is an ID (or a list of them): visible characters only, not blank.</summary>
        public bool Identifier { get; init; }

        /// <summary>The only values the field takes (beyond null), stated on the property; the schema lists them as an enum.</summary>
        public AllowedValuesAttribute? AllowedValues { get; init; }

        /// <summary>A number, flag, enum or plain string: nothing in it for the validator's walk to check or descend into.</summary>
        public bool Scalar { get; init; }
    }

    private static bool IsScalar(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain.IsPrimitive || plain.IsEnum || plain == typeof(string) || plain == typeof(decimal);
    }
}
