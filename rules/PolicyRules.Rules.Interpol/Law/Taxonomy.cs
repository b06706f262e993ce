using System.Collections.Frozen;
using static PolicyRules.Facts.OffenceCategory;

namespace PolicyRules.Rules.Interpol.Law;

/// <summary>The offence sets of the spec's charge taxonomy (section 1.6) and the pure per-charge tests built on them.</summary>
internal static class Taxonomy
{
    public static readonly FrozenSet<OffenceCategory> InternationalCrimes = FrozenSet.ToFrozenSet([Genocide, CrimesAgainstHumanity, WarCrimes]);
    public static readonly FrozenSet<OffenceCategory> Terrorism = FrozenSet.ToFrozenSet([TerroristAct, TerrorismMembershipOrSupport]);
    public static readonly FrozenSet<OffenceCategory> MilitaryPure = FrozenSet.ToFrozenSet([Desertion, DraftEvasion, RefusalOfMilitaryService, AbsentWithoutLeave]);
    public static readonly FrozenSet<OffenceCategory> ReligiousPure = FrozenSet.ToFrozenSet([PractisingProhibitedReligion, ReligiousProselytism, MembershipBannedReligiousGroup, InsultingReligion, InterfaithMarriageOffence]);
    public static readonly FrozenSet<OffenceCategory> RacialPure = FrozenSet.ToFrozenSet([MembershipRacialAssociation]);
    public static readonly FrozenSet<OffenceCategory> SexualityGender = FrozenSet.ToFrozenSet([SameSexConduct, GenderIdentityExpression]);
    public static readonly FrozenSet<OffenceCategory> UncertainPure = FrozenSet.ToFrozenSet([Insubordination, Apostasy, Sorcery, ReligiousDressCode]);
    public static readonly FrozenSet<OffenceCategory> StateSecurity = FrozenSet.ToFrozenSet([Treason, Espionage, Sedition, DisclosureOfStateSecrets, UnderminingStateSecurity]);
    public static readonly FrozenSet<OffenceCategory> Coup = FrozenSet.ToFrozenSet([UnconstitutionalSeizureOfPower]);
    public static readonly FrozenSet<OffenceCategory> Emigration = FrozenSet.ToFrozenSet([IllegalEmigration]);
    public static readonly FrozenSet<OffenceCategory> Expression = FrozenSet.ToFrozenSet([InsultOfficial, ProhibitedOpinion]);
    public static readonly FrozenSet<OffenceCategory> Association = FrozenSet.ToFrozenSet([MembershipProhibitedOrganisation, UnlicensedNgo, UnauthorisedForeignFunding]);
    public static readonly FrozenSet<OffenceCategory> Assembly = FrozenSet.ToFrozenSet([UnauthorisedAssembly, MassDisorder]);
    public static readonly FrozenSet<OffenceCategory> GsList = FrozenSet.ToFrozenSet([Prostitution, GestationalSurrogacy, Pornography, SaleOfSexualAids, DamagingHonour, DrugPossessionPersonalUse, BouncedCheque, ParentalChildAbduction]);
    public static readonly FrozenSet<OffenceCategory> Uncac = FrozenSet.ToFrozenSet([Corruption, Embezzlement, MoneyLaundering]);

    /// <summary>Offences defined by the anti-terrorism conventions, charged as such (the model's convention-offence values).</summary>
    public static readonly FrozenSet<OffenceCategory> ConventionOffences = FrozenSet.ToFrozenSet([AircraftHijacking, AircraftSabotage, AttackOnProtectedPerson, HostageTaking, TerroristBombing, TerrorismFinancing]);

    /// <summary>The day the RPD took effect (the earlier rules were repealed as of 30 June 2012).</summary>
    public static readonly DateOnly RpdInForce = new(2012, 7, 1);

    /// <summary>The reported bounced-cheque floor, in U.S. dollars: quoted in reasons, never a condition (the amount is not the test of RPD Art. 83(1)(a)(i)).</summary>
    [Sourced(Sources.KnCheques, Authority.Secondary)]
    public const int BouncedChequeFloorUsd = 10_000;

    /// <summary>Characters a charge may have and still support a request (spec D8 and INT-0110).</summary>
    public static bool MaySupportRequest(ChargeCharacterKind character) => character is ChargeCharacterKind.Ordinary
        or ChargeCharacterKind.RelativePolitical or ChargeCharacterKind.UncertainPure or ChargeCharacterKind.Terrorism
        or ChargeCharacterKind.InternationalCrime;

    /// <summary>Spec D1: the character of a charge, first match wins.</summary>
    public static ChargeCharacterKind CharacterOf(Charge c)
    {
        var k = c.Category;
        var violent = c.Conduct.Violence != Violence.None || c.Conduct.AttemptOnHeadOfStateLife;
        if (InternationalCrimes.Contains(k)) { return ChargeCharacterKind.InternationalCrime; }
        if (Terrorism.Contains(k)) { return ChargeCharacterKind.Terrorism; }
        if (c.PurelyMilitary || MilitaryPure.Contains(k)) { return ChargeCharacterKind.PureMilitary; }
        if (k == InsultingReligion && c.Conduct.HateSpeechOrIncitement) { return ChargeCharacterKind.RelativePolitical; }
        if (ReligiousPure.Contains(k)) { return ChargeCharacterKind.PureReligious; }
        if (RacialPure.Contains(k)) { return ChargeCharacterKind.PureRacial; }
        if (SexualityGender.Contains(k)) { return ChargeCharacterKind.SexualOrientationGender; }
        if (UncertainPure.Contains(k)) { return ChargeCharacterKind.UncertainPure; }
        if (StateSecurity.Contains(k) || Coup.Contains(k) || Assembly.Contains(k))
        {
            return violent ? ChargeCharacterKind.RelativePolitical : ChargeCharacterKind.PurePolitical;
        }

        if (Expression.Contains(k))
        {
            return c.Conduct.HateSpeechOrIncitement ? ChargeCharacterKind.RelativePolitical : ChargeCharacterKind.PurePolitical;
        }

        return Emigration.Contains(k) || Association.Contains(k) ? ChargeCharacterKind.PurePolitical : ChargeCharacterKind.Ordinary;
    }

    /// <summary>Spec D4: the person's own acts give the active and meaningful link the designation requires.</summary>
    public static bool TerrorismLinkSufficient(Charge c)
    {
        var acts = c.Terrorism?.LinkActs ?? [];
        var crimes = acts.Any(a => a is LinkAct.ViolentCrime or LinkAct.ConventionOffence);
        if (c.Category == TerroristAct)
        {
            return crimes;
        }

        return c.Terrorism?.OrganisationDesignation switch
        {
            Designation.UnListed => acts.Any(a => a < LinkAct.SpeechOnly),
            Designation.RegionalOrSeveralStates => acts.Any(a => a is > LinkAct.TravelToJoin and < LinkAct.SpeechOnly),
            _ => crimes,
        };
    }

    /// <summary>Spec D2: the Article 3 rules whose core condition the charge meets, by rule ID.</summary>
    public static IReadOnlyList<string> Art3BarsOf(Charge c, ChargeCharacterKind character)
    {
        var bars = new List<string>(2);
        var pure = character == ChargeCharacterKind.PurePolitical;
        var k = c.Category;
        if (pure && (StateSecurity.Contains(k) || Emigration.Contains(k))) { bars.Add("INT-0301"); }
        if (pure && Expression.Contains(k)) { bars.Add("INT-0302"); }
        if (Association.Contains(k)) { bars.Add("INT-0303"); }
        if (pure && Coup.Contains(k)) { bars.Add("INT-0304"); }
        if (character == ChargeCharacterKind.PureMilitary) { bars.Add("INT-0305"); }
        if (character == ChargeCharacterKind.PureReligious) { bars.Add("INT-0306"); }
        if (character == ChargeCharacterKind.PureRacial) { bars.Add("INT-0307"); }
        if (c.Conduct.InArmedConflict && character != ChargeCharacterKind.InternationalCrime) { bars.Add("INT-0308"); }
        if (character == ChargeCharacterKind.Terrorism && !TerrorismLinkSufficient(c)) { bars.Add("INT-0421"); }
        if (pure && Assembly.Contains(k)) { bars.Add("INT-0430"); }
        return bars;
    }

    /// <summary>Spec D5: the request states the penalty data the threshold needs.</summary>
    public static bool PenaltyKnown(Charge c) => c.Stage == Stage.Prosecution
        ? c.PenaltyKind is PenaltyKind.LifeImprisonment or PenaltyKind.Death or PenaltyKind.FineOnly || c.MaxPenaltyMonths is not null
        : c.SentenceImposedMonths is not null || c.SentenceRemainingMonths is not null;

    /// <summary>Spec D5: prosecution, a maximum of 24 months or a more serious penalty; conviction, 6 months imposed and/or remaining.</summary>
    public static bool MeetsPenalty(Charge c) => c.Stage == Stage.Prosecution
        ? c.PenaltyKind is PenaltyKind.LifeImprisonment or PenaltyKind.Death || (c.PenaltyKind == PenaltyKind.Imprisonment && c.MaxPenaltyMonths >= 24)
        : c.SentenceImposedMonths >= 6 || c.SentenceRemainingMonths >= 6;

    /// <summary>The penalty in words, e.g. "a maximum of 120 months" or "life imprisonment".</summary>
    public static string PenaltyWords(Charge c) => c.Stage == Stage.Conviction
        ? $"a sentence of {Months(c.SentenceImposedMonths)} imposed with {Months(c.SentenceRemainingMonths)} remaining"
        : c.PenaltyKind switch
        {
            PenaltyKind.LifeImprisonment => "a maximum of life imprisonment",
            PenaltyKind.Death => "the death penalty",
            PenaltyKind.FineOnly => "a fine only",
            _ => $"a maximum of {Months(c.MaxPenaltyMonths)}",
        };

    private static string Months(int? months) => months is { } m ? $"{m} months" : "an unstated term";
}
