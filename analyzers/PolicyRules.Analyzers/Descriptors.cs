using Microsoft.CodeAnalysis;

namespace PolicyRules.Analyzers;

/// <summary>All diagnostic descriptors, in ID order. Severity is error throughout: the conventions are not advice.</summary>
internal static class Descriptors
{
    public static readonly DiagnosticDescriptor MissingRuleId = Create(
        DiagnosticIds.MissingRuleId, DiagnosticCategories.Metadata,
        "Rule class has no rule ID",
        "Rule '{0}' has no rule ID: add [Name(\"SET-0000\")] with its permanent ID from the rule set's registry, docs/rules/<rule set>.md",
        "Every rule carries a permanent ID in NRules' [Name] attribute; verdicts, snapshots and impact reports cite rules by it.");

    public static readonly DiagnosticDescriptor RuleIdPattern = Create(
        DiagnosticIds.RuleIdPattern, DiagnosticCategories.Metadata,
        "Rule ID does not follow the documented pattern",
        "Rule '{0}' has ID '{1}', which does not match ^[A-Z]{{2,5}}-[0-9]{{4}}$: use the rule set's prefix, a dash and four digits, e.g. INT-0101",
        "Rule IDs are a rule-set prefix of 2 to 5 capital letters, a dash and four digits.");

    public static readonly DiagnosticDescriptor DuplicateRuleId = Create(
        DiagnosticIds.DuplicateRuleId, DiagnosticCategories.Metadata,
        "Rule ID is used by more than one rule",
        "Rule '{0}' has ID '{1}', which is also used by {2}: give one of them the next free ID in the rule set",
        "Rule IDs are unique within a compilation; two rules sharing an ID make verdict reasons ambiguous.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor MissingDescription = Create(
        DiagnosticIds.MissingDescription, DiagnosticCategories.Metadata,
        "Rule class has no description",
        "Rule '{0}' has no description: add [Description(\"...\")] saying in one sentence what the rule decides",
        "Every rule carries a non-empty [Description]; it is shown next to the rule ID in verdict explanations.");

    public static readonly DiagnosticDescriptor MissingCitation = Create(
        DiagnosticIds.MissingCitation, DiagnosticCategories.Metadata,
        "Rule class has no citation",
        "Rule '{0}' cites no legal source: add [Citation(\"instrument\", \"pinpoint\", Authority.Confirmed)] naming the provision it implements",
        "Every rule cites at least one legal source (instrument and pinpoint) with the authority it rests on.");

    public static readonly DiagnosticDescriptor MissingEffectiveFrom = Create(
        DiagnosticIds.MissingEffectiveFrom, DiagnosticCategories.Metadata,
        "Rule class has no effective-from date",
        "Rule '{0}' has no effective-from date: add [EffectiveFrom(\"yyyy-MM-dd\")] with the date the provision took effect",
        "Every rule declares when the provision it implements took effect; the engine filters rules by the case's as-of date.");

    public static readonly DiagnosticDescriptor InvalidEffectiveDate = Create(
        DiagnosticIds.InvalidEffectiveDate, DiagnosticCategories.Metadata,
        "Effective date is not a yyyy-MM-dd date",
        "Rule '{0}' has {1}(\"{2}\"), which is not a calendar date in yyyy-MM-dd form: write it like 2012-07-01",
        "Effective dates are ISO calendar dates (yyyy-MM-dd), parsed without regard to culture.");

    public static readonly DiagnosticDescriptor EffectiveUntilBeforeFrom = Create(
        DiagnosticIds.EffectiveUntilBeforeFrom, DiagnosticCategories.Metadata,
        "Effective-until date is before the effective-from date",
        "Rule '{0}' is effective until {1}, before it is effective from {2}: the rule could never apply; correct one of the dates",
        "A rule's effective window must not be empty.");

    public static readonly DiagnosticDescriptor PlaceholderMetadata = Create(
        DiagnosticIds.PlaceholderMetadata, DiagnosticCategories.Metadata,
        "Rule metadata is still a TODO placeholder",
        "Rule '{0}' still has a placeholder in [{1}]: replace \"{2}\" with the real value before the rule can ship",
        "The code fixes add attribute skeletons whose values start with TODO; they must be filled in before the build passes.");

    public static readonly DiagnosticDescriptor RuleClassNotInternalSealed = Create(
        DiagnosticIds.RuleClassNotInternalSealed, DiagnosticCategories.Shape,
        "Rule class must be internal, sealed and top-level",
        "Rule '{0}' is not an internal sealed top-level class: declare it 'internal sealed class {0}'",
        "The engine finds rule classes by reflection over the rule set's top-level types; a rule is never called by other code, so it is not public API, and sealing keeps one rule per class.");

    public static readonly DiagnosticDescriptor RuleClassConstructor = Create(
        DiagnosticIds.RuleClassConstructor, DiagnosticCategories.Shape,
        "Rule class needs a public parameterless constructor",
        "Rule '{0}' has no public parameterless constructor, so NRules cannot create it: add 'public {0}()' or remove the other constructors",
        "NRules instantiates rule classes through reflection with their public parameterless constructor.");

    public static readonly DiagnosticDescriptor NonDeterministicCall = Create(
        DiagnosticIds.NonDeterministicCall, DiagnosticCategories.Determinism,
        "Rule uses a non-deterministic or impure API",
        "Rule '{0}' uses '{1}' ({2}) in its definition: {3}",
        "Rules must be deterministic and side-effect free: the same facts must always give the same verdict. Clock, randomness, GUIDs, environment, I/O, console, sleeping, logging and static mutable state are not allowed in Define() or in rule-class members it reaches.");

    public static readonly DiagnosticDescriptor DisallowedAction = Create(
        DiagnosticIds.DisallowedAction, DiagnosticCategories.Actions,
        "Then() action is not a yield of a finding or derived fact",
        "Rule '{0}' uses {1} in Then(): the only allowed action is .Yield(ctx => ctx.Deny/Review/Allow/Note/Ask(...)), a conditional choosing between them, or .Yield(ctx => new SomeDerivedFact(...))",
        "Actions only yield findings and derived facts through the authoring API, so NRules' truth maintenance retracts them when the facts change and the verdict can be explained.");

    public static readonly DiagnosticDescriptor DecidingEffectWithoutAuthority = Create(
        DiagnosticIds.DecidingEffectWithoutAuthority, DiagnosticCategories.Actions,
        "Rule decides a case on secondary or unconfirmed authority",
        "Rule '{0}' yields {1}, but all its citations are Secondary or Unconfirmed: yield Review or Note instead, or cite a Confirmed source",
        "A rule grounded only in secondary or unconfirmed sources may send a case to review but may not decide it (Deny or Allow).");

    public static readonly DiagnosticDescriptor ConditionOnSecondaryValue = Create(
        DiagnosticIds.ConditionOnSecondaryValue, DiagnosticCategories.Actions,
        "Rule decides on a value from secondary or unconfirmed material",
        "Rule '{0}' reads '{1}' ({2}) in a condition and yields {3}: a value from secondary or unconfirmed material may send a case to review, never decide it or feed a fact another rule decides on; yield Review or Note, or confirm the value from the primary text",
        "A threshold, cut-off date or list taken from secondary or unconfirmed sources may send a case to review but may not decide it, directly (Deny, Allow) or through a derived fact whose presence or absence another rule decides on.");

    public static readonly DiagnosticDescriptor MutableFact = Create(
        DiagnosticIds.MutableFact, DiagnosticCategories.Facts,
        "Fact type used in a pattern is mutable",
        "Rule '{0}' matches fact type '{1}', which is mutable ({2}): make '{1}' a record with init-only properties and readonly fields",
        "Facts are immutable; a fact changed in place after insertion bypasses NRules' change tracking and makes verdicts depend on evaluation order.");

    public static readonly DiagnosticDescriptor NotYieldLoop = Create(
        DiagnosticIds.NotYieldLoop, DiagnosticCategories.Facts,
        "Rule negates a fact type it also yields",
        "Rule '{0}' has Not<{1}>() and also yields '{2}': the yielded fact retracts its own activation and Fire() never returns; match on a different fact type, or replace Not<> with a Query(...).Collect() and a Having/Where on the count",
        "A linked fact that invalidates the Not<> condition of the rule that produced it is retracted, which re-activates the rule, forever.");

    public static readonly DiagnosticDescriptor UnknownReadAsFalse = Create(
        DiagnosticIds.UnknownReadAsFalse, DiagnosticCategories.Facts,
        "A deciding rule reads an unknown fact as false",
        "Rule '{0}' decides (Deny or Allow, no Ask) on '{1}', which gives an unknown value an answer: compare with == false or == true, or ask when the fact is unknown",
        "Unknown is not absent: a rule that denies or allows must not treat a fact nobody stated as a no (or a yes); it decides on stated values and asks about the rest.");

    private static DiagnosticDescriptor Create(string id, string category, string title, string message, string description, params string[] tags) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: description, helpLinkUri: DiagnosticIds.HelpLink(id), customTags: tags);
}
