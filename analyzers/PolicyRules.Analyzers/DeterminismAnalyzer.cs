using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PolicyRules.Analyzers;

/// <summary>
/// PR0201: no clock, randomness, GUIDs, environment, I/O, console, sleeping, logging or static mutable state in a rule's
/// Define() (its When()/Then() lambdas included) or in any member of the rule class that Define() reaches, directly or
/// through other members of the same class.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeterminismAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Property set to <see cref="AsOfFixValue"/> on uses of DateTime.Now/UtcNow/Today, which the code fix rewrites.</summary>
    public const string FixProperty = "Fix";
    public const string AsOfFixValue = "AsOf";

    private const string IoAdvice = "rules may not do I/O; load the data into a fact before evaluation";

    /// <summary>What the message tells the author to do, per category of impurity.</summary>
    internal static readonly ImmutableDictionary<string, string> Advice = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["clock"] = "take the date from the case's Evaluation fact (evaluation.AsOf) instead",
        ["randomness"] = "rules must give the same verdict every time; derive any choice from the facts",
        ["GUID generation"] = "derive identifiers from the facts instead",
        ["environment"] = "pass configuration in as a fact",
        ["file system I/O"] = IoAdvice,
        ["network I/O"] = IoAdvice,
        ["console I/O"] = IoAdvice,
        ["sleeping"] = "rules must not wait; remove the call",
        ["logging"] = "remove it; the verdict's explanation already records which rules fired and why",
        ["static mutable state"] = "make the field readonly and its value immutable, or pass the value in as a fact",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.NonDeterministicCall);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.TryCreate(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            var classifications = new ConcurrentDictionary<INamedTypeSymbol, TypeClass>(SymbolEqualityComparer.Default);
            start.RegisterSymbolStartAction(symbolStart =>
            {
                var ruleClass = (INamedTypeSymbol)symbolStart.Symbol;
                if (!symbols.IsRuleClass(ruleClass))
                {
                    return;
                }

                var state = new RuleState();
                symbolStart.RegisterOperationAction(
                    c => AnalyzeOperation(c, ruleClass, state, classifications),
                    OperationKind.Invocation,
                    OperationKind.PropertyReference,
                    OperationKind.FieldReference,
                    OperationKind.EventReference,
                    OperationKind.MethodReference,
                    OperationKind.ObjectCreation);
                symbolStart.RegisterSymbolEndAction(c => Report(c, ruleClass, state));
            }, SymbolKind.NamedType);
        });
    }

    private static void AnalyzeOperation(OperationAnalysisContext context, INamedTypeSymbol ruleClass, RuleState state,
        ConcurrentDictionary<INamedTypeSymbol, TypeClass> classifications)
    {
        var owner = KnownSymbols.OwningMember(context.ContainingSymbol);
        ISymbol? member = context.Operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IMemberReferenceOperation reference => reference.Member,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };
        if (member is null)
        {
            return;
        }

        member = member.OriginalDefinition;
        if (SymbolEqualityComparer.Default.Equals(member.ContainingType, ruleClass))
        {
            state.Edges.GetOrAdd(owner, _ => new ConcurrentBag<ISymbol>()).Add(KnownSymbols.OwningMember(member));
        }

        var impurity = Classify(member, context.Operation, classifications);
        if (impurity is not null)
        {
            state.Uses.Add(new Use(owner, context.Operation.Syntax.GetLocation(), impurity));
        }
    }

    private static Impurity? Classify(ISymbol member, IOperation operation, ConcurrentDictionary<INamedTypeSymbol, TypeClass> classifications)
    {
        var type = member.ContainingType;
        if (type is null)
        {
            return null;
        }

        var display = type.Name + (member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? "" : "." + member.Name);
        if (member is IMethodSymbol { MethodKind: MethodKind.Constructor })
        {
            display = "new " + display;
        }

        switch (member)
        {
            case IFieldSymbol { IsStatic: true, IsReadOnly: false, IsConst: false }:
                return new Impurity(display, "static mutable state");
            case IPropertySymbol { IsStatic: true, SetMethod: { IsInitOnly: false } }
                when operation is IPropertyReferenceOperation:
                return new Impurity(display, "static mutable state");
        }

        var typeClass = classifications.GetOrAdd(type.OriginalDefinition, ClassifyType);
        if (typeClass is TypeClass.Random or TypeClass.Clock && !member.IsStatic && member is not IMethodSymbol { MethodKind: MethodKind.Constructor })
        {
            // Using a Random or Stopwatch instance is reported where the instance is obtained (new Random(), Random.Shared).
            return null;
        }

        switch (typeClass)
        {
            case TypeClass.DateTime when member.Name is "Now" or "UtcNow" or "Today":
                return new Impurity(display, "clock", fixable: true);
            case TypeClass.DateTimeOffset when member.Name is "Now" or "UtcNow":
            case TypeClass.TimeZoneInfo when member.Name is "Local":
            case TypeClass.Clock:
                return new Impurity(display, "clock");
            case TypeClass.Random:
                return new Impurity(display, "randomness");
            case TypeClass.Guid when member.Name is "NewGuid" or "CreateVersion7":
                return new Impurity(display, "GUID generation");
            case TypeClass.Environment:
                return new Impurity(display, "environment");
            case TypeClass.FileSystem:
                return new Impurity(display, "file system I/O");
            case TypeClass.Network:
                return new Impurity(display, "network I/O");
            case TypeClass.Console:
                return new Impurity(display, "console I/O");
            case TypeClass.Thread when member.Name is "Sleep":
            case TypeClass.Task when member.Name is "Delay":
                return new Impurity(display, "sleeping");
            case TypeClass.Logging:
                return new Impurity(display, "logging");
            default:
                return null;
        }
    }

    private static TypeClass ClassifyType(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        switch (ns + "." + type.Name)
        {
            case "System.DateTime": return TypeClass.DateTime;
            case "System.DateTimeOffset": return TypeClass.DateTimeOffset;
            case "System.TimeZoneInfo": return TypeClass.TimeZoneInfo;
            case "System.TimeProvider":
            case "System.Diagnostics.Stopwatch":
                return TypeClass.Clock;
            case "System.Random":
            case "System.Security.Cryptography.RandomNumberGenerator":
                return TypeClass.Random;
            case "System.Guid": return TypeClass.Guid;
            case "System.Environment":
            case "System.Diagnostics.Process":
                return TypeClass.Environment;
            case "System.Console": return TypeClass.Console;
            case "System.Threading.Thread": return TypeClass.Thread;
            case "System.Threading.Tasks.Task": return TypeClass.Task;
            case "System.Diagnostics.Debug":
            case "System.Diagnostics.Trace":
                return TypeClass.Logging;
        }

        if (InNamespace(ns, "System.IO"))
        {
            return TypeClass.FileSystem;
        }

        if (InNamespace(ns, "System.Net"))
        {
            return TypeClass.Network;
        }

        return InNamespace(ns, "Microsoft.Extensions.Logging") || InNamespace(ns, "Serilog") || InNamespace(ns, "NLog")
            ? TypeClass.Logging
            : TypeClass.None;
    }

    private static bool InNamespace(string ns, string root) =>
        ns.Equals(root, StringComparison.Ordinal) || (ns.StartsWith(root, StringComparison.Ordinal) && ns.Length > root.Length && ns[root.Length] == '.');

    private static void Report(SymbolAnalysisContext context, INamedTypeSymbol ruleClass, RuleState state)
    {
        var reachable = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<ISymbol>();
        foreach (var member in ruleClass.GetMembers("Define"))
        {
            if (member is IMethodSymbol { IsOverride: true, Parameters.Length: 0 })
            {
                pending.Push(member);
            }
        }

        while (pending.Count > 0)
        {
            var member = pending.Pop();
            if (!reachable.Add(member) || !state.Edges.TryGetValue(member, out var callees))
            {
                continue;
            }

            foreach (var callee in callees)
            {
                pending.Push(callee);
            }
        }

        foreach (var use in state.Uses)
        {
            if (!reachable.Contains(use.Owner))
            {
                continue;
            }

            var properties = use.Impurity.Fixable
                ? ImmutableDictionary<string, string?>.Empty.Add(FixProperty, AsOfFixValue)
                : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NonDeterministicCall, use.Location, properties,
                ruleClass.Name, use.Impurity.Display, use.Impurity.Category, use.Impurity.Advice));
        }
    }

    private enum TypeClass
    {
        None,
        DateTime,
        DateTimeOffset,
        TimeZoneInfo,
        Clock,
        Random,
        Guid,
        Environment,
        FileSystem,
        Network,
        Console,
        Thread,
        Task,
        Logging,
    }

    private sealed class RuleState
    {
        public ConcurrentDictionary<ISymbol, ConcurrentBag<ISymbol>> Edges { get; } = new(SymbolEqualityComparer.Default);

        public ConcurrentBag<Use> Uses { get; } = new();
    }

    private sealed class Use
    {
        public Use(ISymbol owner, Location location, Impurity impurity)
        {
            Owner = owner;
            Location = location;
            Impurity = impurity;
        }

        public ISymbol Owner { get; }

        public Location Location { get; }

        public Impurity Impurity { get; }
    }

    private sealed class Impurity
    {
        public Impurity(string display, string category, bool fixable = false)
        {
            Display = display;
            Category = category;
            Advice = DeterminismAnalyzer.Advice[category];
            Fixable = fixable;
        }

        public string Display { get; }

        public string Category { get; }

        public string Advice { get; }

        public bool Fixable { get; }
    }
}
