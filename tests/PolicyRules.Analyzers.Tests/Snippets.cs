namespace PolicyRules.Analyzers.Tests;

/// <summary>Pieces shared by the snippets: complete metadata, so each test shows only what it is about.</summary>
internal static class Snippets
{
    public const string Metadata = """
        [Name("INT-0101"), Description("A test rule.")]
        [Citation("RPD", "Art. 83", Authority.Confirmed)]
        [EffectiveFrom("2012-07-01")]

        """;

    public const string Facts = """

        public sealed record Applicant(string Name, int Age, DateTime BirthDate);

        public sealed record Eligible(Applicant Applicant) : DerivedFact;
        """;
}
