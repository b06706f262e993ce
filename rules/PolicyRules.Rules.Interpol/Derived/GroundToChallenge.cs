namespace PolicyRules.Rules.Interpol.Derived;

/// <summary>
/// Some INTERPOL rule refused the request or sent it to the General Secretariat: a ground on which the person can ask the
/// CCF for deletion and the receiving bureau must report its doubts. The next-step rules read it; no finding rule does.
/// </summary>
/// <param name="RuleId">The rule whose deny or review finding is the ground.</param>
internal sealed record GroundToChallenge(string RuleId) : DerivedFact
{
    public override string Label => "a ground to challenge";
}
