using System.Collections.Immutable;

namespace PolicyRules;

/// <summary>
/// A question an asking rule puts to whoever can complete the case (the requesting bureau, an analyst): the plain-language
/// question and the answers that would decide it, each as the value it would give a JSON path of the case.
/// </summary>
/// <param name="text">The question in plain words, e.g. "Does the request cite an arrest warrant?".</param>
/// <param name="answers">The answers worth trying, e.g. yes and no, or either side of a threshold.</param>
public sealed class Question(string text, params Answer[] answers)
{
    /// <summary>The question in plain words.</summary>
    public string Text { get; } = text;

    /// <summary>The answers worth trying, in the order the rule gave them.</summary>
    public ImmutableArray<Answer> Answers { get; } = [.. answers];

    /// <summary>The JSON paths whose values would answer the question, in the order of the answers.</summary>
    public ImmutableArray<string> Paths => [.. Answers.Select(a => a.Path).Distinct(StringComparer.Ordinal)];
}

/// <summary>One answer to a question: a label, and the value (JSON text) it gives a path of the case.</summary>
/// <param name="label">How the answer reads, e.g. "yes", "no", "24 months or more".</param>
/// <param name="path">The JSON path the answer sets, e.g. "$.request.arrestWarrant.valid".</param>
/// <param name="value">The JSON value the path takes under this answer, e.g. "true".</param>
public sealed class Answer(string label, string path, string value)
{
    /// <summary>How the answer reads.</summary>
    public string Label { get; } = label;

    /// <summary>The JSON path the answer sets.</summary>
    public string Path { get; } = path;

    /// <summary>The JSON value the path takes, as text.</summary>
    public string Value { get; } = value;
}
