using System.Globalization;

namespace PolicyRules.Cases;

/// <summary>One problem with a case: where (source, line, JSON path) and what was expected.</summary>
/// <param name="Path">The JSON path, e.g. "$.charges[1].maxPenaltyMonths".</param>
/// <param name="Line">The 1-based line in the source, when known.</param>
/// <param name="Message">What is wrong and what was expected, in domain words.</param>
public sealed record CaseProblem(string Path, int? Line, string Message)
{
    /// <summary>The problem as one line: "source:line: path: message".</summary>
    public string Format(string? source) =>
        string.Create(CultureInfo.InvariantCulture, $"{source ?? "case"}{(Line is { } l ? $":{l}" : string.Empty)}: {Path}: {Message}");

    /// <summary>The check beyond the case schema that found the problem; null when the schema states the rule too.</summary>
    internal CaseCheck? Check { get; init; }
}

/// <summary>A case could not be read; <see cref="Problems"/> lists every problem found, one line each.</summary>
public sealed class CaseFormatException : Exception
{
    /// <summary>Creates the exception for a source and its problems.</summary>
    public CaseFormatException(string? source, IReadOnlyList<CaseProblem> problems)
        : base(string.Join("\n", problems.Select(p => p.Format(source))))
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>Creates the exception with no problems listed.</summary>
    public CaseFormatException()
        : this(null, [])
    {
    }

    /// <summary>Creates the exception with one message.</summary>
    public CaseFormatException(string message)
        : this(null, [new CaseProblem("$", null, message)])
    {
    }

    /// <summary>Creates the exception with one message and a cause.</summary>
    public CaseFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new CaseProblem("$", null, message)];
    }

    /// <summary>Where the case came from (a file name, "line 12 of input.jsonl", "request body").</summary>
    public new string? Source { get; }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<CaseProblem> Problems { get; } = [];
}
