namespace PolicyRules.Rules.UsExtradition.Law;

/// <summary>The questions the U.S. rules ask when a step of the procedural record is unknown, with the answers that would decide.</summary>
internal static class RecordQuestions
{
    /// <summary>The person's status under U.S. law: asked when it alone decides whether 18 U.S.C. 3181(b) can open a route.</summary>
    public static Question PersonStatus() => new(
        "What is the person's status under U.S. law: a U.S. citizen or national, a lawful permanent resident, or another non-citizen?",
        new Answer("a U.S. citizen, national or lawful permanent resident", "$.us.personStatus", "\"lawfulPermanentResident\""),
        new Answer("another non-citizen", "$.us.personStatus", "\"otherNoncitizen\""));

    /// <summary>Whether OIA found a request in good order: asked when the case states the request but not OIA's finding.</summary>
    public static Question Conforming(UsRequest request)
    {
        var path = $"$.us.requests[?(@.id=='{request.Id}')].conforming";
        return new Question(
            $"Has OIA found request {request.Id} ({UsFacts.Words(request.Kind)} received on {UsFacts.Iso(request.ReceivedOn)}) in good order and conforming to the treaty?",
            new Answer("no", path, "false"),
            new Answer("yes", path, "true"));
    }

    /// <summary>Whether the formal request arrived within the provisional-arrest period: asked when the period is over and the record is silent.</summary>
    public static Question FormalRequestInTime(ProvisionalArrestClock clock) => new(
        $"Did the formal extradition request and its documents arrive by {clock.DeadlineText}, the end of the provisional-arrest period?",
        new Answer("no", "$.us.proceedings.formalRequestInTime", "false"),
        new Answer("yes", "$.us.proceedings.formalRequestInTime", "true"));
}
