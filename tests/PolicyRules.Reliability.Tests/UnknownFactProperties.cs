using CsCheck;
using PolicyRules.Facts;
using PolicyRules.Reliability.Tests.Support;
using PolicyRules.Verdicts;

namespace PolicyRules.Reliability.Tests;

/// <summary>
/// Unknown is not absent, so information loss is monotone: making a stated fact unknown never turns a deny into an allow,
/// and a deny or an allow that changes must have rested on that fact (a finding that vanished names it in its basis); a
/// verdict that newly needs information asks about the fact that was removed.
/// </summary>
public sealed class UnknownFactProperties
{
    [Fact]
    public void Making_a_stated_fact_unknown_only_changes_decisions_that_rested_on_it()
    {
        var gen = from g in Generated.Cases
                  let removals = Removals(g.Case)
                  where removals.Count > 0
                  from pick in Gen.Int[0, removals.Count - 1]
                  select (Generated: g, Removal: removals[pick]);
        Generated.Check(gen, x =>
        {
            var before = Engines.BuiltIn.Evaluate(x.Generated.Case);
            var after = Engines.BuiltIn.Evaluate(x.Removal.Apply(x.Generated.Case));
            foreach (var was in before.RuleSets)
            {
                var now = after.For(was.RuleSet)!;
                var what = $"{was.RuleSet}: making {x.Removal.What} unknown moved the outcome from {Vocabulary.Name(was.Outcome)} to {Vocabulary.Name(now.Outcome)}";
                Assert.False(was.Outcome == Outcome.Deny && now.Outcome == Outcome.Allow, what);
                if (was.Outcome is Outcome.Deny or Outcome.Allow && now.Outcome != was.Outcome)
                {
                    var effect = was.Outcome == Outcome.Deny ? Effect.Deny : Effect.Allow;
                    var vanished = was.Findings.Where(f => f.Effect == effect && !now.Findings.Any(n => n.RuleId == f.RuleId && n.Effect == effect && n.Basis.SequenceEqual(f.Basis))).ToList();
                    Assert.True(vanished.Count > 0, what + ", yet no deciding finding vanished");
                    Assert.True(vanished.Any(f => f.Basis.Intersect(x.Removal.Owners).Any()), $"{what}, though no vanished finding rested on it ({string.Join(", ", vanished.Select(f => $"{f.RuleId} on {string.Join("/", f.Basis)}"))})");
                }

                if (now.Outcome == Outcome.NeedsInformation && was.Outcome != Outcome.NeedsInformation)
                {
                    Assert.True(
                        now.Questions.Any(q => q.Paths.Any(p => x.Removal.Anchors.Any(a => p.StartsWith(a, StringComparison.Ordinal)))),
                        $"{what}, but no question asks about it (asked: {string.Join("; ", now.Questions.Select(q => q.Question))})");
                }
            }
        }, iterations: 150);
    }

    [Fact]
    public void The_generator_states_gaps_leaves_facts_unknown_and_states_values()
    {
        // Otherwise the property above would test removals of one kind only.
        var cases = Enumerable.Range(0, 400).Select(seed => Generation.CaseGenerator.Generate(seed)).ToList();

        Assert.Contains(cases, c => c.Request.Lacks.Contains(RequestItem.ArrestWarrant));
        Assert.Contains(cases, c => c.Request.ArrestWarrant is null && !c.Request.Lacks.Contains(RequestItem.ArrestWarrant));
        Assert.Contains(cases, c => c.Request.ArrestWarrant is { Valid: true });
        Assert.Contains(cases, c => c.Charges.Any(ch => ch.Lacks.Contains(ChargeItem.Penalty)));
        Assert.Contains(cases, c => c.Charges.Any(ch => ch.MaxPenaltyMonths is null && ch.Lacks.IsEmpty && ch.Stage == Stage.Prosecution));
    }

    /// <summary>A way to make a stated fact unknown: what it is, the fact labels that own it, and the answer paths that would ask for it.</summary>
    private sealed record Removal(string What, string[] Owners, string[] Anchors, Func<Case, Case> Apply)
    {
        public override string ToString() => What;
    }

    private static List<Removal> Removals(Case c)
    {
        string[] warrant = ["request", "arrest warrant"];
        string[] warrantPaths = ["$.request.arrestWarrant", "$.request.lacks"];
        string[] summary = ["request", "summary of facts"];
        string[] summaryPaths = ["$.request.summaryOfFacts", "$.request.lacks"];
        var list = new List<Removal>();
        var r = c.Request;
        if (r.ArrestWarrant is { } w)
        {
            list.Add(new("the arrest warrant", warrant, warrantPaths, x => x with { Request = x.Request with { ArrestWarrant = null } }));
            if (w.Valid is not null)
            {
                list.Add(new("the warrant's validity", warrant, warrantPaths, x => x with { Request = x.Request with { ArrestWarrant = w with { Valid = null } } }));
            }

            if (w.IssuerCompetent is not null)
            {
                list.Add(new("the issuer's competence", warrant, warrantPaths, x => x with { Request = x.Request with { ArrestWarrant = w with { IssuerCompetent = null } } }));
            }
        }

        if (r.Lacks.Contains(RequestItem.ArrestWarrant))
        {
            list.Add(new("the stated lack of a warrant", warrant, warrantPaths, x => x with { Request = x.Request with { Lacks = x.Request.Lacks.Remove(RequestItem.ArrestWarrant) } }));
        }

        if (r.SummaryOfFacts is { } s)
        {
            list.Add(new("the summary of facts", summary, summaryPaths, x => x with { Request = x.Request with { SummaryOfFacts = null } }));
            if (s.SupportsCharges is not null)
            {
                list.Add(new("whether the facts support the charges", summary, summaryPaths, x => x with { Request = x.Request with { SummaryOfFacts = s with { SupportsCharges = null } } }));
            }
        }

        foreach (var charge in c.Charges)
        {
            string[] owners = ["request", charge.Label, $"penalty of charge {charge.Id}"];
            string[] paths = [$"$.charges[?(@.id=='{charge.Id}')]"];
            Case Replace(Case x, Charge with) => x with { Charges = x.Charges.Replace(x.Charges.First(ch => ch.Id == charge.Id), with) };
            if (charge.MaxPenaltyMonths is not null)
            {
                list.Add(new($"the maximum penalty of charge {charge.Id}", owners, paths, x => Replace(x, charge with { MaxPenaltyMonths = null, SentenceImposedMonths = null, SentenceRemainingMonths = null })));
            }

            if (charge.Provision is not null)
            {
                list.Add(new($"the provision of charge {charge.Id}", owners, paths, x => Replace(x, charge with { Provision = null })));
            }

            if (!charge.Lacks.IsEmpty)
            {
                list.Add(new($"the stated gaps of charge {charge.Id}", owners, paths, x => Replace(x, charge with { Lacks = [] })));
            }
        }

        if (c.Us is { } us)
        {
            // The U.S. half: OIA's finding on a request, and the person's U.S. status (3181(b) element 1).
            string[] requestOwners = ["request", "effective requests", "U.S. situation"];
            foreach (var request in us.Requests.Where(q => q.Conforming is not null))
            {
                list.Add(new(
                    $"OIA's finding on U.S. request {request.Id}",
                    [.. requestOwners, request.Label],
                    ["$.us.requests"],
                    x => x with { Us = x.Us! with { Requests = x.Us.Requests.Replace(x.Us.Requests.First(q => q.Id == request.Id), request with { Conforming = null }) } }));
            }

            if (us.PersonStatus is not null)
            {
                list.Add(new(
                    "the person's U.S. status",
                    ["U.S. situation", "18 U.S.C. 3181(b) elements", "effective requests"],
                    ["$.us.personStatus"],
                    x => x with { Us = x.Us! with { PersonStatus = null } }));
            }
        }

        return list;
    }
}
