using System.Collections.Immutable;
using System.Globalization;
using PolicyRules.Facts;

namespace PolicyRules.Generation;

/// <summary>How generated cases are shaped.</summary>
public sealed record CaseGeneratorOptions
{
    /// <summary>The defaults: one to four charges per case.</summary>
    public static CaseGeneratorOptions Default { get; } = new();

    /// <summary>Exactly this many charges per case (for cost-growth measurements); null picks one to four at random.</summary>
    /// <value>Null by default; at most 200, the case reader's list limit.</value>
    public int? ChargeCount { get; init; }
}

/// <summary>
/// Makes realistic random cases from the fact vocabulary, for benchmarks, batch runs and property tests. The output depends
/// only on the seed (and the case's index in a stream), never on the machine or the run, and every case it makes is valid
/// for the case reader: country codes are real or user-assigned, dates are on or before the as-of date, sentences fit
/// within the maximum penalty, and charge IDs are unique.
/// </summary>
public static class CaseGenerator
{
    private static readonly DateOnly EarliestAsOf = new(2013, 1, 1);
    private static readonly int AsOfSpanDays = new DateOnly(2026, 6, 30).DayNumber - EarliestAsOf.DayNumber;

    // Invented states dominate, as in the canonical scenarios; a few real codes keep the treaty table in play.
    private static readonly string[] Countries =
    [
        "XA", "XB", "XC", "XD", "XE", "XF", "XG", "XH", "QM", "QN",
        "FR", "DE", "GB", "CN", "RU", "TR", "EG", "IN", "BR", "MX", "NG", "AE", "VE", "IR", "BY", "TJ",
    ];

    private static readonly OffenceCategory[] Categories = Enum.GetValues<OffenceCategory>();
    private static readonly PersonStatus[] Statuses = Enum.GetValues<PersonStatus>();
    private static readonly ContextKind[] ContextKinds = Enum.GetValues<ContextKind>();
    private static readonly EvidenceSource[] Sources = Enum.GetValues<EvidenceSource>();
    private static readonly RefusalGrounds[] Grounds = Enum.GetValues<RefusalGrounds>();
    private static readonly Article2Kind[] ConcernKinds = Enum.GetValues<Article2Kind>();
    private static readonly Article2Basis[] ConcernBases = Enum.GetValues<Article2Basis>();
    private static readonly RequestPurpose[] Purposes = Enum.GetValues<RequestPurpose>();
    private static readonly RequestPurpose[] WantedPersonPurposes =
        [.. Purposes.Where(p => p is not (RequestPurpose.LocateOnly or RequestPurpose.AdditionalInformation or RequestPurpose.Identification))];
    private static readonly RequestPurpose[] LocatingPurposes = [RequestPurpose.LocateOnly, RequestPurpose.AdditionalInformation, RequestPurpose.Identification];
    private static readonly SubjectStatus[] SubjectStatuses = Enum.GetValues<SubjectStatus>();
    private static readonly TravelDocumentStatus[] DocumentStatuses = Enum.GetValues<TravelDocumentStatus>();
    private static readonly TravelDocumentType[] DocumentTypes = Enum.GetValues<TravelDocumentType>();
    private static readonly RevocationReason[] RevocationReasons = Enum.GetValues<RevocationReason>();
    private static readonly AuthorityType[] Authorities = Enum.GetValues<AuthorityType>();
    private static readonly ExclusionClass[] Exclusions = Enum.GetValues<ExclusionClass>();
    private static readonly Violence[] Violences = Enum.GetValues<Violence>();
    private static readonly Designation[] Designations = Enum.GetValues<Designation>();
    private static readonly LinkAct[] LinkActs = Enum.GetValues<LinkAct>();
    private static readonly SanctionsRegime[] Regimes = Enum.GetValues<SanctionsRegime>();
    private static readonly RefugeeStatusKind[] RefugeeKinds = Enum.GetValues<RefugeeStatusKind>();
    private static readonly RefugeeConfirmer[] Confirmers = Enum.GetValues<RefugeeConfirmer>();
    private static readonly YesNoUnknown[] YesNo = Enum.GetValues<YesNoUnknown>();
    private static readonly CcfDecision[] CcfDecisions = Enum.GetValues<CcfDecision>();
    private static readonly CcfApplicationAsks[] CcfAsks = Enum.GetValues<CcfApplicationAsks>();

    /// <summary>The case a seed stands for (the first case of <see cref="Stream"/> with that seed).</summary>
    public static Case Generate(int seed, CaseGeneratorOptions? options = null) => At(seed, 0, options);

    /// <summary>Case number <paramref name="index"/> of the stream for <paramref name="seed"/>, made on its own (so streams can be split across threads).</summary>
    public static Case At(int seed, long index, CaseGeneratorOptions? options = null)
    {
        options ??= CaseGeneratorOptions.Default;
        if (options.ChargeCount is < 0 or > 200)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ChargeCount, "The charge count must be between 0 and 200, the case reader's list limit.");
        }

        var random = new SplitMix64(SplitMix64.Mix(unchecked((ulong)seed), unchecked((ulong)index)));
        return Make(ref random, index, options);
    }

    /// <summary><paramref name="count"/> cases for <paramref name="seed"/>, in order, made lazily.</summary>
    public static IEnumerable<Case> Stream(long count, int seed, CaseGeneratorOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (long i = 0; i < count; i++)
        {
            yield return At(seed, i, options);
        }
    }

    /// <summary>
    /// The costliest case the default case limits allow: every list at 200 items (charges of every category, context
    /// indicators, Article 2 concerns, U.S. requests that each list every charge, offence analyses, prior prosecutions),
    /// for load tests and the evaluation budget. The same case every time.
    /// </summary>
    public static Case Heaviest()
    {
        const int items = 200;
        var asOf = new DateOnly(2026, 6, 30);
        var chargeIds = Enumerable.Range(1, items).Select(i => string.Create(CultureInfo.InvariantCulture, $"c{i}")).ToImmutableArray();
        return new Case
        {
            Scenario = "the heaviest case the limits allow",
            AsOf = asOf,
            Request = new Request { Kind = RequestKind.RedNotice, RequestingCountry = "XA", Purpose = RequestPurpose.Extradition, IssuedOn = asOf.AddDays(-30) },
            Person = new Person { Nationalities = ["XA"] },
            Charges = [.. chargeIds.Select((id, i) => new Charge
            {
                Id = id,
                Category = Categories[i % Categories.Length],
                MaxPenaltyMonths = 12 + i,
                PurelyMilitary = i % 7 == 0,
                Conduct = new Conduct { Violence = Violences[i % Violences.Length], VictimNationalities = i % 3 == 0 ? ["US"] : [] },
            })],
            Context = [.. Enumerable.Range(0, items).Select(i => new ContextIndicator { Kind = ContextKinds[i % ContextKinds.Length], Source = Sources[i % Sources.Length] })],
            Article2Concerns = [.. Enumerable.Range(0, items).Select(i => new Article2Concern { Kind = ConcernKinds[i % ConcernKinds.Length], Basis = ConcernBases[i % ConcernBases.Length] })],
            Us = new UsSituation
            {
                Located = true,
                PersonStatus = UsPersonStatus.OtherNoncitizen,
                ForumCircuit = "2",
                Requests = [.. Enumerable.Range(1, items).Select(i => new UsRequest
                {
                    Id = string.Create(CultureInfo.InvariantCulture, $"r{i}"),
                    Kind = i % 2 == 0 ? UsRequestKind.FormalExtradition : UsRequestKind.ProvisionalArrest,
                    Channel = UsRequestChannel.Diplomatic,
                    ReceivedOn = asOf.AddDays(-i),
                    Conforming = true,
                    Basis = UsRequestBasis.BilateralTreaty,
                    ChargeIds = chargeIds,
                })],
                OffenceAnalysis = [.. chargeIds.Select((id, i) => new OffenceAnalysis { ChargeId = id, UsAnalogue = "18 U.S.C. 1343", UsMaxPenaltyMonths = 12 + i, Listed = i % 2 == 0 })],
                PriorUsProsecutions = [.. chargeIds.Select((id, i) => new PriorUsProsecution { ChargeId = id, Outcome = i % 2 == 0 ? ProsecutionOutcome.Convicted : ProsecutionOutcome.Acquitted })],
                Proceedings = new UsProceedings { ComplaintFiledOn = asOf.AddDays(-20), ArrestedOn = asOf.AddDays(-19), ArrestKind = ArrestKind.Provisional, InCustody = true },
                Claims = new UsClaims { PoliticallyMotivatedRequest = true, LapseOfTime = true },
            },
        };
    }

    private static Case Make(ref SplitMix64 r, long index, CaseGeneratorOptions options)
    {
        var asOf = EarliestAsOf.AddDays(r.Next(AsOfSpanDays + 1));
        var requester = r.Pick(Countries);
        var chargeCount = options.ChargeCount ?? WeightedChargeCount(ref r);
        var charges = ImmutableArray.CreateBuilder<Charge>(chargeCount);
        for (var i = 0; i < chargeCount; i++)
        {
            charges.Add(MakeCharge(ref r, i + 1, requester));
        }

        var generated = new Case
        {
            Scenario = string.Create(CultureInfo.InvariantCulture, $"generated case {index}"),
            AsOf = asOf,
            Request = MakeRequest(ref r, asOf, requester),
            Person = MakePerson(ref r, index, requester),
            Charges = charges.MoveToImmutable(),
            Context = MakeContext(ref r, asOf),
            Article2Concerns = MakeConcerns(ref r),
            Us = r.Chance(0.5) ? MakeUs(ref r, asOf) : null,
        };
        var gapped = StateSomeGaps(ref r, generated);
        return StateSomeHistory(ref r, StateIdentifiers(ref r, gapped));
    }

    /// <summary>
    /// About one request in six has a stated history with INTERPOL: an application to the CCF (pending, decided, or with its
    /// decision unstated) and sometimes a General Secretariat block or deletion, each day in order and none after the as-of
    /// date. Drawn after everything else, so the rest of each case is what it was before a history could be stated.
    /// </summary>
    private static Case StateSomeHistory(ref SplitMix64 r, Case c)
    {
        if (!r.Chance(0.15))
        {
            return c;
        }

        var entries = ImmutableArray.CreateBuilder<InterpolHistoryEntry>(2);
        if (r.Chance(0.7))
        {
            var received = DateBefore(ref r, c.AsOf, 1200);
            DateOnly? admissible = r.Chance(0.7) ? DateBetween(ref r, received, c.AsOf) : null;
            CcfDecision? decision = r.Chance(0.85) ? r.Pick(CcfDecisions) : null;
            DateOnly? decidedOn = decision is { } d && d != CcfDecision.Pending ? DateBetween(ref r, admissible ?? received, c.AsOf) : null;
            entries.Add(new InterpolHistoryEntry
            {
                Kind = InterpolHistoryKind.CcfApplication,
                Date = received,
                Asks = r.Chance(0.8) ? r.Pick(CcfAsks) : null,
                AdmissibleOn = admissible,
                Decision = decision,
                DecidedOn = decidedOn,
            });
        }

        if (entries.Count == 0 || r.Chance(0.3))
        {
            entries.Add(new InterpolHistoryEntry
            {
                Kind = r.Chance(0.6) ? InterpolHistoryKind.GsBlock : InterpolHistoryKind.GsDeletion,
                Date = r.Chance(0.9) ? DateBefore(ref r, c.AsOf, 900) : null,
            });
        }

        return c with { Request = c.Request with { History = entries.ToImmutable() } };
    }

    private static DateOnly DateBetween(ref SplitMix64 r, DateOnly first, DateOnly last) =>
        first.AddDays(r.Next(last.DayNumber - first.DayNumber + 1));

    /// <summary>
    /// An omitted warrant, summary, provision or penalty is unknown; about half the time the generator says instead that the
    /// request lacks it (<c>lacks</c>), so the stream holds stated gaps, unknowns and stated values alike. Drawn last, so the
    /// rest of each case is what it was before gaps could be stated.
    /// </summary>
    private static Case StateSomeGaps(ref SplitMix64 r, Case c)
    {
        var lacks = ImmutableArray.CreateBuilder<RequestItem>();
        if (c.Request.ArrestWarrant is null && r.Chance(0.5))
        {
            lacks.Add(RequestItem.ArrestWarrant);
        }

        if (c.Request.SummaryOfFacts is null && r.Chance(0.5))
        {
            lacks.Add(RequestItem.SummaryOfFacts);
        }

        var charges = ImmutableArray.CreateBuilder<Charge>(c.Charges.Length);
        foreach (var charge in c.Charges)
        {
            var gaps = ImmutableArray.CreateBuilder<ChargeItem>();
            if (charge.Provision is null && r.Chance(0.5))
            {
                gaps.Add(ChargeItem.Provision);
            }

            var penaltyGiven = charge.Stage == Stage.Prosecution
                ? charge.MaxPenaltyMonths is not null
                : charge.SentenceImposedMonths is not null || charge.SentenceRemainingMonths is not null;
            if (!penaltyGiven && charge.PenaltyKind == PenaltyKind.Imprisonment && r.Chance(0.5))
            {
                gaps.Add(ChargeItem.Penalty);
            }

            charges.Add(gaps.Count == 0 ? charge : charge with { Lacks = gaps.ToImmutable() });
        }

        return c with { Request = c.Request with { Lacks = lacks.ToImmutable() }, Charges = charges.MoveToImmutable() };
    }

    private static readonly IdentifierItem[] AllIdentifiers = Enum.GetValues<IdentifierItem>();

    /// <summary>
    /// Most requests give the usual identification data, some give a random handful (often too few), and some cases do not
    /// say. Drawn after the gaps, so the rest of each case is what it was before identifiers were stated.
    /// </summary>
    private static Case StateIdentifiers(ref SplitMix64 r, Case c)
    {
        var roll = r.Next(10);
        if (roll >= 8)
        {
            return c;
        }

        var given = ImmutableArray.CreateBuilder<IdentifierItem>();
        if (roll < 6)
        {
            given.AddRange(IdentifierItem.FamilyName, IdentifierItem.Forename, IdentifierItem.Sex, IdentifierItem.DateOfBirth, r.Pick(AllIdentifiers[4..]));
        }
        else
        {
            foreach (var item in AllIdentifiers)
            {
                if (r.Chance(0.4))
                {
                    given.Add(item);
                }
            }
        }

        return c with { Request = c.Request with { Identifiers = new Identifiers { Given = given.ToImmutable() } } };
    }

    // Most requests rest on one or two charges; a long tail of bigger indictments.
    private static int WeightedChargeCount(ref SplitMix64 r) => r.Next(10) switch
    {
        < 5 => 1,
        < 8 => 2,
        8 => 3,
        _ => 4,
    };

    private static Request MakeRequest(ref SplitMix64 r, DateOnly asOf, string requester)
    {
        var kind = PickKind(ref r);
        var redNotice = kind == RequestKind.RedNotice;
        var ncb = r.Chance(0.95);
        var request = new Request
        {
            Kind = kind,
            RequesterType = ncb ? RequesterType.Ncb : RequesterType.InternationalEntity,
            RequestingCountry = ncb || r.Chance(0.3) ? requester : null,
            Purpose = kind != RequestKind.SltdRecord && r.Chance(0.9)
                ? (redNotice && r.Chance(0.8) ? RequestPurpose.Extradition : PurposeFor(ref r, kind))
                : null,
            IssuedOn = r.Chance(0.8) ? DateBefore(ref r, asOf, 1500) : null,
            Active = r.Chance(0.95),
            ExtraditionAssurance = r.Chance(0.5)
                ? new ExtraditionAssurance { CoordinatedWithExtraditionAuthority = MaybeBool(ref r, 0.8), AssuranceGiven = MaybeBool(ref r, 0.8) }
                : null,
            ExtraditionRoute = r.Chance(0.6)
                ? new ExtraditionRoute { TreatyWithStateOfResidence = r.Pick(YesNo), OtherLegalBasis = MaybeBool(ref r, 0.5) }
                : null,
            InternationalDimension = r.Chance(0.7)
                ? new InternationalDimension
                {
                    PersonBelievedAbroad = MaybeBool(ref r, 0.85),
                    BelievedLocation = r.Chance(0.6) ? (r.Chance(0.5) ? "US" : r.Pick(Countries)) : null,
                    CrossBorderElement = MaybeBool(ref r, 0.5),
                }
                : null,
            ArrestWarrant = r.Chance(0.85) ? MakeWarrant(ref r, asOf, requester) : null,
            SummaryOfFacts = r.Chance(0.85)
                ? new SummaryOfFacts
                {
                    Text = r.Chance(0.5) ? "The person is alleged to have committed the acts charged (generated text)." : null,
                    DescribesPersonsOwnActs = MaybeBool(ref r, 0.75),
                    StatesTime = MaybeBool(ref r, 0.85),
                    StatesPlace = MaybeBool(ref r, 0.85),
                    SupportsCharges = r.Chance(0.5) ? r.Chance(0.85) : null,
                }
                : null,
            Location = r.Chance(0.25)
                ? new Location
                {
                    PersonLocated = true,
                    LocatedDate = r.Chance(0.7) ? DateBefore(ref r, asOf, 900) : null,
                    ExtraditionRequestSubmitted = MaybeBool(ref r, 0.5),
                    ConsultationHeld = MaybeBool(ref r, 0.5),
                    ReasonableGroundsGiven = MaybeBool(ref r, 0.3),
                }
                : null,
            GsException = r.Chance(0.03) ? new GsException { Invoked = r.Chance(0.7), ConsultationHeld = r.Chance(0.5) } : null,
            SensitiveLabels = r.Chance(0.05)
                ? new SensitiveLabels { EthnicOrRacialLabelsPresent = true, CriminalisticValue = r.Chance(0.3) }
                : null,
        };

        // The blocks of the other channels, drawn after the common ones and only for their kind (the reader's kind-blocks
        // check); a Red Notice or wanted-person diffusion draws nothing more, so its stream of draws is what it was before
        // the other channels existed.
        if (kind is RequestKind.RedNotice or RequestKind.Diffusion)
        {
            return request;
        }

        return request with
        {
            SubjectStatus = r.Chance(0.4) ? r.Pick(SubjectStatuses) : null,
            MissingPerson = kind == RequestKind.YellowNotice && r.Chance(0.85)
                ? new MissingPersonReport
                {
                    ReportedToPolice = MaybeBool(ref r, 0.9),
                    WhereaboutsUnknownToPolice = MaybeBool(ref r, 0.9),
                    Adult = MaybeBool(ref r, 0.6),
                    PrivacyLawPermits = MaybeBool(ref r, 0.8),
                    LeftVoluntarily = MaybeBool(ref r, 0.3),
                }
                : null,
            TravelDocument = kind == RequestKind.SltdRecord ? MakeTravelDocument(ref r, asOf) : null,
        };
    }

    // Most requests are Red Notices; every other channel is drawn often enough that a batch of a few hundred meets each.
    private static RequestKind PickKind(ref SplitMix64 r) => r.Next(100) switch
    {
        < 70 => RequestKind.RedNotice,
        < 80 => RequestKind.Diffusion,
        < 85 => RequestKind.BlueNotice,
        < 89 => RequestKind.BlueDiffusion,
        < 93 => RequestKind.YellowNotice,
        < 97 => RequestKind.Message,
        _ => RequestKind.SltdRecord,
    };

    // A wanted-person diffusion never seeks only to locate, inform or identify (that is a Blue diffusion); the locating
    // channels mostly state their own purposes and sometimes an arrest, which their rules refuse.
    private static RequestPurpose PurposeFor(ref SplitMix64 r, RequestKind kind) => kind switch
    {
        RequestKind.Diffusion => r.Pick(WantedPersonPurposes),
        RequestKind.RedNotice => r.Pick(Purposes),
        _ => r.Chance(0.85) ? r.Pick(LocatingPurposes) : r.Pick(Purposes),
    };

    private static TravelDocumentRecord MakeTravelDocument(ref SplitMix64 r, DateOnly asOf)
    {
        var status = r.Pick(DocumentStatuses);
        return new TravelDocumentRecord
        {
            DocumentType = r.Pick(DocumentTypes),
            Status = status,
            RevocationReason = status == TravelDocumentStatus.Revoked && r.Chance(0.8) ? r.Pick(RevocationReasons) : null,
            PartOfBulkUpload = MaybeBool(ref r, 0.15),
            RecordedOn = r.Chance(0.7) ? DateBefore(ref r, asOf, 1500) : null,
        };
    }

    private static ArrestWarrant MakeWarrant(ref SplitMix64 r, DateOnly asOf, string requester)
    {
        var authority = r.Chance(0.6) ? AuthorityType.Court : r.Pick(Authorities);
        return new ArrestWarrant
        {
            Reference = r.Chance(0.7) ? string.Create(CultureInfo.InvariantCulture, $"{requester}-{r.Between(2005, 2026)}-{r.Between(1, 9999):D4}") : null,
            Valid = r.Chance(0.9) ? r.Chance(0.92) : null,
            IssuingAuthorityType = r.Chance(0.9) ? authority : null,
            IssuerCompetent = MaybeBool(ref r, 0.95),
            JudicialAppealAvailable = MaybeBool(ref r, 0.6),
            Date = r.Chance(0.8) ? DateBefore(ref r, asOf, 3000) : null,
        };
    }

    private static Person MakePerson(ref SplitMix64 r, long index, string requester)
    {
        var nationalities = r.Chance(0.85) ? [requester] : ImmutableArray<string>.Empty;
        if (r.Chance(0.2))
        {
            var second = r.Pick(Countries);
            if (!nationalities.Contains(second))
            {
                nationalities = nationalities.Add(second);
            }
        }

        return new Person
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"Person {index} (generated)"),
            Nationalities = nationalities,
            Statuses = Distinct(ref r, Statuses, r.Chance(0.6) ? 0 : r.Between(1, 2)),
            Refugee = r.Chance(0.12)
                ? new RefugeeStatus
                {
                    Status = r.Pick(RefugeeKinds),
                    ConfirmedBy = r.Pick(Confirmers),
                    GrantingCountry = r.Chance(0.7) ? r.Pick(Countries) : null,
                    PersecutingCountry = r.Chance(0.8) ? requester : null,
                    NonRefoulementFinding = r.Chance(0.3) ? r.Chance(0.5) : null,
                }
                : null,
        };
    }

    private static Charge MakeCharge(ref SplitMix64 r, int number, string requester)
    {
        // Ordinary crimes (the first 21 categories) make up most real requests; the rest spread over the other groups.
        var category = r.Chance(0.65) ? Categories[r.Next(21)] : r.Pick(Categories);
        var conviction = r.Chance(0.2);
        var penaltyKind = r.Next(20) switch
        {
            < 16 => PenaltyKind.Imprisonment,
            < 18 => PenaltyKind.LifeImprisonment,
            18 => PenaltyKind.FineOnly,
            _ => PenaltyKind.Death,
        };
        int? max = penaltyKind == PenaltyKind.Imprisonment && r.Chance(0.9) ? r.Pick(PenaltyMonths) : null;
        int? imposed = null;
        int? remaining = null;
        if (conviction && penaltyKind != PenaltyKind.FineOnly && r.Chance(0.9))
        {
            imposed = r.Between(1, max ?? 300);
            remaining = r.Chance(0.9) ? r.Between(0, imposed.Value) : null;
        }

        var terrorism = category is OffenceCategory.TerroristAct or OffenceCategory.TerrorismMembershipOrSupport or OffenceCategory.TerrorismFinancing;
        return new Charge
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"c{number}"),
            Category = category,
            Provision = r.Chance(0.7) ? string.Create(CultureInfo.InvariantCulture, $"Criminal Code art. {r.Between(1, 450)}") : null,
            Stage = conviction ? Stage.Conviction : Stage.Prosecution,
            PenaltyKind = penaltyKind,
            MaxPenaltyMonths = max,
            SentenceImposedMonths = imposed,
            SentenceRemainingMonths = remaining,
            Capital = penaltyKind == PenaltyKind.Death || r.Chance(0.02),
            ConvictedInAbsentia = conviction && r.Chance(0.25),
            RetrialGuaranteed = conviction && r.Chance(0.4) ? r.Chance(0.5) : null,
            PlaceOfOffence = r.Chance(0.8) ? (r.Chance(0.8) ? requester : r.Pick(Countries)) : null,
            ExclusionClass = r.Chance(0.7) ? ExclusionClass.NotAssessed : r.Pick(Exclusions),
            AmountUsd = category is OffenceCategory.BouncedCheque or OffenceCategory.Fraud or OffenceCategory.Embezzlement or OffenceCategory.TaxEvasion && r.Chance(0.7)
                ? r.Between(500, 5_000_000)
                : null,
            RepeatedConduct = r.Chance(0.15),
            PurelyMilitary = category is OffenceCategory.Desertion or OffenceCategory.DraftEvasion or OffenceCategory.AbsentWithoutLeave && r.Chance(0.8),
            SeparateFacts = r.Chance(0.3),
            SanctionsRegime = category == OffenceCategory.SanctionsViolation ? r.Pick(Regimes) : null,
            Terrorism = terrorism && r.Chance(0.8)
                ? new TerrorismDetail { OrganisationDesignation = r.Pick(Designations), LinkActs = Distinct(ref r, LinkActs, r.Between(1, 3)) }
                : null,
            Conduct = MakeConduct(ref r, requester),
        };
    }

    private static readonly int[] PenaltyMonths = [3, 6, 12, 18, 23, 24, 36, 60, 84, 120, 180, 240, 300];

    private static Conduct MakeConduct(ref SplitMix64 r, string requester) => new()
    {
        Violence = r.Chance(0.6) ? Violence.None : r.Pick(Violences),
        // Some victims are U.S. nationals, so 18 U.S.C. 3181(b) (violence against a U.S. national abroad) can come into play.
        VictimNationalities = r.Chance(0.3) ? [r.Chance(0.6) ? requester : r.Chance(0.25) ? "US" : r.Pick(Countries)] : [],
        PersonalGain = r.Chance(0.35),
        InExerciseOfPoliticalMandate = r.Chance(0.04),
        PoliticalActivityFacts = r.Chance(0.1),
        InArmedConflict = r.Chance(0.04),
        AttemptOnHeadOfStateLife = r.Chance(0.01),
        HateSpeechOrIncitement = r.Chance(0.03),
        LinkedToSeriousOrOrganisedCrime = r.Chance(0.1),
        PoliticalUprisingAtTimeAndPlace = r.Chance(0.04),
        IncidentalToUprising = r.Chance(0.03),
        TargetedCivilians = r.Chance(0.04),
    };

    private static ImmutableArray<ContextIndicator> MakeContext(ref SplitMix64 r, DateOnly asOf)
    {
        var count = r.Chance(0.55) ? 0 : r.Between(1, 3);
        if (count == 0)
        {
            return [];
        }

        var kinds = Distinct(ref r, ContextKinds, count);
        var items = ImmutableArray.CreateBuilder<ContextIndicator>(count);
        foreach (var kind in kinds)
        {
            items.Add(new ContextIndicator
            {
                Kind = kind,
                Source = r.Pick(Sources),
                ConcernsThisPerson = r.Chance(0.9),
                Grounds = kind == ContextKind.OtherStateRefusedExtradition ? r.Pick(Grounds) : null,
                Date = r.Chance(0.4) ? DateBefore(ref r, asOf, 2000) : null,
                Detail = r.Chance(0.3) ? "Generated indicator." : null,
            });
        }

        return items.MoveToImmutable();
    }

    private static ImmutableArray<Article2Concern> MakeConcerns(ref SplitMix64 r)
    {
        var count = r.Chance(0.8) ? 0 : r.Between(1, 2);
        if (count == 0)
        {
            return [];
        }

        var items = ImmutableArray.CreateBuilder<Article2Concern>(count);
        foreach (var kind in Distinct(ref r, ConcernKinds, count))
        {
            items.Add(new Article2Concern
            {
                Kind = kind,
                Basis = r.Pick(ConcernBases),
                Remedied = r.Chance(0.1),
                Body = r.Chance(0.3) ? "Generated body" : null,
            });
        }

        return items.MoveToImmutable();
    }

    private static readonly UsPersonStatus[] PersonStatuses = Enum.GetValues<UsPersonStatus>();
    private static readonly UsRequestChannel[] Channels = Enum.GetValues<UsRequestChannel>();

    private static UsSituation MakeUs(ref SplitMix64 r, DateOnly asOf)
    {
        var located = r.Chance(0.7);
        var requests = ImmutableArray<UsRequest>.Empty;
        if (located && r.Chance(0.4))
        {
            var provisional = DateBefore(ref r, asOf, 400);
            requests = [MakeRequest(ref r, "r1", UsRequestKind.ProvisionalArrest, provisional)];
            if (r.Chance(0.5))
            {
                // The formal request follows the provisional arrest, sometimes after the treaty's deadline.
                var formal = provisional.AddDays(r.Between(1, 120));
                requests = requests.Add(MakeRequest(ref r, "r2", UsRequestKind.FormalExtradition, formal > asOf ? asOf : formal));
            }
        }

        return new UsSituation
        {
            Located = located,
            PersonStatus = r.Chance(0.2) ? null : r.Pick(PersonStatuses),
            Requests = requests,
            AttorneyGeneralCertification = r.Chance(0.15)
                ? new AttorneyGeneralCertification { CertifiedOn = DateBefore(ref r, asOf, 200), CrimeOfViolenceEvidence = r.Chance(0.7), NotPoliticalNature = r.Chance(0.8) }
                : null,
        };
    }

    private static UsRequest MakeRequest(ref SplitMix64 r, string id, UsRequestKind kind, DateOnly receivedOn) => new()
    {
        Id = id,
        Kind = kind,
        Channel = r.Chance(0.7) ? UsRequestChannel.Diplomatic : r.Pick(Channels),
        ReceivedOn = receivedOn,
        Conforming = MaybeBool(ref r, 0.8),
        Basis = r.Chance(0.85) ? UsRequestBasis.BilateralTreaty : r.Chance(0.5) ? UsRequestBasis.Section3181b : UsRequestBasis.MultilateralConvention,
    };

    private static DateOnly DateBefore(ref SplitMix64 r, DateOnly asOf, int maxDaysBack) => asOf.AddDays(-r.Next(maxDaysBack + 1));

    private static bool? MaybeBool(ref SplitMix64 r, double trueChance) => r.Chance(0.2) ? null : r.Chance(trueChance);

    private static ImmutableArray<T> Distinct<T>(ref SplitMix64 r, T[] values, int count)
    {
        if (count == 0)
        {
            return [];
        }

        // A partial Fisher-Yates shuffle over indexes: distinct picks without retries, so the draw count is fixed per seed.
        Span<int> order = stackalloc int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var builder = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
        {
            var j = i + r.Next(order.Length - i);
            (order[i], order[j]) = (order[j], order[i]);
            builder.Add(values[order[i]]);
        }

        return builder.MoveToImmutable();
    }
}
