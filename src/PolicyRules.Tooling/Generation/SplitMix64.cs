namespace PolicyRules.Generation;

/// <summary>
/// A tiny deterministic generator (SplitMix64). System.Random's seeded output is not promised to stay the same across .NET
/// versions, and generated corpora are shared between machines, CI and committed benchmark results.
/// </summary>
public struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>Mixes a seed and an index into an independent stream seed, so case <c>i</c> of a stream can be made alone.</summary>
    public static ulong Mix(ulong seed, ulong index)
    {
        var g = new SplitMix64(seed ^ (index * 0xD1B54A32D192ED03UL));
        g.NextUInt64();
        return g.NextUInt64();
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="maxExclusive"/>); the modulo bias is far below anything a test could see.</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
