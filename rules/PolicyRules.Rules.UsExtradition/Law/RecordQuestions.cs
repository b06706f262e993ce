namespace PolicyRules.Rules.UsExtradition.Law;

/// <summary>The questions the U.S. rules ask when a step of the procedural record is unknown, with the answers that would decide.</summary>
internal static class RecordQuestions
{
    /// <summary>Whether OIA found a request in good order: asked when the case states the request but not OIA's finding.</summary>
    public static Question Conforming(UsRequest request)
    {
        var path = $"$.us.requests[?(@.id=='{request.Id}')].conforming";
        return new Question(
            $"Has OIA found request {request.Id} ({UsFacts.Words(request.Kind)} received on {UsFacts.Iso(request.ReceivedOn)}) in good order and conforming to the treaty?",
            new Answer("no", path, "false"),
            new Answer("yes", path, "true"));
    }
}
