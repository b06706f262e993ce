using System.Text.Json.Nodes;

namespace PolicyRules.Tests;

/// <summary>
/// Makes mutants of valid cases for the schema-versus-reader fuzz: values swapped for values seen under the same field
/// name in other cases (which keeps many mutants valid and reaches the cross-field checks), for every enum value of the
/// schema, or for edge values of JSON itself; fields removed, added or misnamed; list items copied or dropped.
/// Knows no field of the model: everything comes from the seeds and the schema, so it follows the model as it changes.
/// </summary>
internal sealed class CaseMutator
{
    private static readonly JsonNode?[] EdgeValues =
    [
        null, true, false, 0, 1, -1, 11, 12, 60, 60.0m, 1.5m, 2147483647, 2147483648L, JsonNode.Parse("6e1"), JsonNode.Parse("-0"),
        "", "x", "1", "11", "12", "DC", "dc", "XA", "XX", "US", "FR", "fr", "QL", "ZZ", "XA\n", " XA",
        "2026-01-15", "2025-02-29", "2024-02-29", "1999-12-31", "0000-01-01", "2026-13-01", "2025-04-31", "9999-12-31", "2026-1-15",
        "c1", "c2", "r1", new JsonArray(), new JsonObject(), new JsonArray((JsonNode?)null), new JsonArray("XA", "XA"),
    ];

    private readonly JsonNode[] _seeds;
    private readonly Dictionary<string, List<JsonNode?>> _valuesByName = new(StringComparer.Ordinal);
    private readonly List<JsonNode?> _schemaValues = [];
    private readonly List<string> _schemaNames = [];
    private readonly Random _random;

    public CaseMutator(IReadOnlyList<JsonNode> seeds, string schema, int seed)
    {
        _seeds = [.. seeds];
        _random = new Random(seed);
        foreach (var root in _seeds)
        {
            CollectValues(root);
        }

        CollectSchema(JsonNode.Parse(schema)!);
    }

    /// <summary>A fresh mutant: one of the seeds with one to three mutations.</summary>
    public JsonNode Next()
    {
        var root = _seeds[_random.Next(_seeds.Length)].DeepClone();
        var count = _random.Next(10) < 7 ? 1 : 2;
        for (var i = 0; i < count; i++)
        {
            Mutate(root);
        }

        return root;
    }

    private void Mutate(JsonNode root)
    {
        var containers = new List<JsonNode>();
        Containers(root, containers);
        var target = containers[_random.Next(containers.Count)];
        if (target is JsonObject obj)
        {
            var names = obj.Select(p => p.Key).ToList();
            switch (_random.Next(8))
            {
                case 0 when names.Count > 0:
                    obj.Remove(Pick(names));
                    break;
                case 1 when names.Count > 0 && obj[Pick(names)] is JsonValue number && number.TryGetValue<int>(out var n):
                    // Raise or lower a number a little: crosses the bounds between related figures (sentence within maximum).
                    obj[number.GetPropertyName()] = Math.Max(0, n + _random.Next(-24, 240));
                    break;
                case 3:
                    var name = _random.Next(4) == 0 ? "unknownField" : Pick(_schemaNames);
                    obj[name] = Value(name);
                    break;
                case 2 when names.Count > 0:
                    var old = Pick(names);
                    var moved = obj[old]?.DeepClone();
                    obj.Remove(old);
                    obj[Pick(_schemaNames)] = moved;
                    break;
                default:
                    if (names.Count > 0)
                    {
                        var field = Pick(names);
                        obj[field] = Value(field);
                    }

                    break;
            }
        }
        else if (target is JsonArray array)
        {
            switch (_random.Next(4))
            {
                case 0 when array.Count > 0:
                    array.Add(array[_random.Next(array.Count)]?.DeepClone());
                    break;
                case 1 when array.Count > 0:
                    array.RemoveAt(_random.Next(array.Count));
                    break;
                case 2 when array.Count > 0:
                    var index = _random.Next(array.Count);
                    array[index] = Value(ParentName(array));
                    break;
                default:
                    array.Add(Value(ParentName(array)));
                    break;
            }
        }
    }

    /// <summary>A value for a field: mostly one seen under that name, else a schema enum value or a JSON edge value.</summary>
    private JsonNode? Value(string? name)
    {
        var roll = _random.Next(10);
        if (roll < 5 && name is not null && _valuesByName.TryGetValue(name, out var seen))
        {
            return Pick(seen)?.DeepClone();
        }

        return roll < 8 ? Pick(_schemaValues)?.DeepClone() : Pick(EdgeValues)?.DeepClone();
    }

    private static string? ParentName(JsonNode node) => node.Parent is JsonObject ? node.GetPropertyName() : null;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static void Containers(JsonNode? node, List<JsonNode> into)
    {
        if (node is JsonObject obj)
        {
            into.Add(obj);
            foreach (var (_, child) in obj)
            {
                Containers(child, into);
            }
        }
        else if (node is JsonArray array)
        {
            into.Add(array);
            foreach (var child in array)
            {
                Containers(child, into);
            }
        }
    }

    private void CollectValues(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj)
            {
                if (!_valuesByName.TryGetValue(name, out var values))
                {
                    _valuesByName[name] = values = [];
                }

                values.Add(child?.DeepClone());
                CollectValues(child);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                CollectValues(child);
            }
        }
    }

    private void CollectSchema(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj)
            {
                if (name == "enum" && child is JsonArray values)
                {
                    _schemaValues.AddRange(values.Select(v => v?.DeepClone()));
                }
                else if (name == "properties" && child is JsonObject properties)
                {
                    _schemaNames.AddRange(properties.Select(p => p.Key));
                }

                CollectSchema(child);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                CollectSchema(child);
            }
        }
    }
}
