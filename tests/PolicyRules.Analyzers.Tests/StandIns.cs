namespace PolicyRules.Analyzers.Tests;

/// <summary>
/// Minimal stand-ins for the PolicyRules authoring API, compiled into every test snippet so the analyzer tests do not
/// depend on the engine project. Only names and shapes matter: the analyzers match by metadata name.
/// </summary>
internal static class StandIns
{
    public const string FileName = "PolicyRulesStandIns.cs";

    public const string Source = """
        namespace PolicyRules
        {
            public sealed record Finding(string Effect, string Reason, object[] Basis);
            public sealed class Question(string text, params Answer[] answers);
            public sealed class Answer(string label, string path, string value);
        }

        namespace PolicyRules.Facts
        {
            public abstract record DerivedFact;

            public sealed record Evaluation(System.DateOnly AsOf);
        }

        namespace PolicyRules.Authoring
        {
            using System;
            using NRules.RuleModel;

            public enum Authority { Confirmed, Secondary, Unconfirmed }

            [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
            public sealed class CitationAttribute : Attribute
            {
                public CitationAttribute(string instrument, string pinpoint, Authority authority)
                {
                    Instrument = instrument;
                    Pinpoint = pinpoint;
                    Authority = authority;
                }

                public string Instrument { get; }
                public string Pinpoint { get; }
                public Authority Authority { get; }
                public string Url { get; set; }
            }

            [AttributeUsage(AttributeTargets.Class)]
            public sealed class EffectiveFromAttribute : Attribute
            {
                public EffectiveFromAttribute(string date) => Date = date;
                public string Date { get; }
            }

            [AttributeUsage(AttributeTargets.Class)]
            public sealed class EffectiveUntilAttribute : Attribute
            {
                public EffectiveUntilAttribute(string date) => Date = date;
                public string Date { get; }
            }

            [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Method)]
            public sealed class SourcedAttribute : Attribute
            {
                public SourcedAttribute(string source, Authority authority) => (Source, Authority) = (source, authority);
                public string Source { get; }
                public Authority Authority { get; }
            }

            public abstract class PolicyRule : NRules.Fluent.Dsl.Rule
            {
            }

            public static class Findings
            {
                public static PolicyRules.Finding Deny(this IContext ctx, string reason, params object[] basis) => new("Deny", reason, basis);
                public static PolicyRules.Finding Review(this IContext ctx, string reason, params object[] basis) => new("Review", reason, basis);
                public static PolicyRules.Finding Allow(this IContext ctx, string reason, params object[] basis) => new("Allow", reason, basis);
                public static PolicyRules.Finding Note(this IContext ctx, string reason, params object[] basis) => new("Note", reason, basis);
                public static PolicyRules.Finding Ask(this IContext ctx, PolicyRules.Question question, string reason, params object[] basis) => new("Ask", reason, basis);
            }
        }
        """;
}
