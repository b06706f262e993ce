namespace PolicyRules.Decisions;

/// <summary>How a <see cref="DecisionLog"/> writes its records.</summary>
public sealed class DecisionLogOptions
{
    /// <summary>
    /// Whether each record is forced to the disk (fsync) before <see cref="DecisionLog.Record"/> returns.
    /// </summary>
    /// <value>
    /// False by default. Each record is one write call of a whole line, so a killed process never leaves half a record;
    /// forcing to disk also keeps records already returned across a power loss, at the cost of one disk flush per record.
    /// </value>
    public bool FlushToDisk { get; set; }

    /// <summary>The clock that stamps each record; the decision log is the one place PolicyRules reads a clock.</summary>
    /// <value><see cref="TimeProvider.System"/> by default.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Where the records come from ("server", "batch", an application name); written in each record when set.</summary>
    /// <value>Null by default (not written).</value>
    public string? Source { get; set; }
}
