/// The gate's answer for one day (see `SafetyGate.decide`): what training is allowed, what happens to the
/// runs and doses, and why, in words a runner reads.
public struct SafetyDecision: Hashable, Sendable {
    /// Why progression is paused until a clinician clears the runner.
    public enum ProgressionPause: Hashable, Sendable {
        case persistentPain(days: Int)
        case worseMornings(Int)
    }

    /// Warning signs that hold (the profile's and today's check-in's).
    public var signs: Set<RedFlag>
    /// The rows of DOMAIN §3's table those signs follow.
    public var rules: Set<WarningSignRule>
    /// Pain above 5/10 that has not yet settled for two sessions.
    public var painEpisode = false
    /// Everything one step easier (pain at a check-in, a worse morning); else only `painfulExercises`.
    public var regressesEverything = false
    /// Exercises that hurt above 5/10 in the current pain episode.
    public var painfulExercises: Set<String> = []
    /// Injuries whose pain at the check-in (or in the profile) is above 5/10: the exercises that load them go
    /// one step easier.
    public var painfulAreas: Set<Injury> = []
    /// Tendons at 6/10 or more at today's check-in: their exercises become isometric holds (one) or rest.
    public var reactiveTendons: Set<Injury> = []
    public var worstPain = 0
    /// Today's check-in said the morning after the last session was worse.
    public var worseMorning = false
    /// The latest pain answer is above `SafetyGate.flarePain`: no jumping.
    public var flare = false
    public var progressionPaused: ProgressionPause?
    /// A session was stopped for safety today: no more strength work today.
    public var stoppedToday = false
    /// The exercises that stopped today's sessions.
    public var stoppedExercises: Set<String> = []

    public init(signs: Set<RedFlag> = [], rules: Set<WarningSignRule> = []) { self.signs = signs; self.rules = rules }

    // MARK: - The verdict

    /// What training is allowed: the most restrictive rule wins.
    public var allowance: TrainingAllowance {
        if let strictest = rules.map(\.allowance).min() { return strictest }
        return painEpisode || worseMorning || progressionPaused != nil ? .regressions : .everything
    }

    public var runs: RunAdvice { rules.map(\.runs).min() ?? .asUsual }
    public var runsPaused: Bool { runs == .paused }
    public var urgent: Bool { rules.contains(.urgent) }

    /// Strength work may start today.
    public var strengthAllowed: Bool { allowance != .none && !stoppedToday }
    /// Stretching may start today (everything but the urgent signs allows it).
    public var stretchingAllowed: Bool { rules.allSatisfy(\.allowsStretching) }
    /// No dose rises anywhere: while pain is above the limit, a sign holds, or progression is paused.
    public var dosesFrozen: Bool { allowance < .everything }
    /// No jumping: any warning sign, or a pain episode (DOMAIN §3 "Blocks").
    public var impactBlocked: Bool { !signs.isEmpty || painEpisode || flare }
    /// Added weight comes off the legs (nerve and bone-stress signs).
    public var bodyWeightOnly: Bool { rules.contains(.nerve) || rules.contains(.boneStress) }

    // MARK: - Cards

    /// Why `card` may not be done today, or nil when it may.
    /// What lying-down work may use while a bone-stress sign is unchecked: the floor and a band. A leg
    /// held as a lever on a bench (the Copenhagen plank) loads the thigh bone, where a stress fracture is
    /// the worry; DOMAIN §3 leaves bridges, side-lying abduction, the dead bug and planks.
    public static let boneStressEquipment: Set<Equipment> = [.mat, .miniBand]

    public func blockReason(_ card: ExerciseCard) -> String? {
        if urgent { return WarningSignRule.urgent.message }
        let position = card.position ?? .standing
        if card.kind == .stretch {
            if lyingStretchesOnly, position != .lying { return "lying-down stretches only while a bone-stress sign is unchecked" }
            if rules.contains(.knee), position == .kneeling { return "no kneeling on a knee that locks, gives way or is swollen" }
            return nil
        }
        if rules.contains(.boneStress), position != .lying || card.kind == .power || card.needsExternalLoad
            || !Set(card.equipment.required).isSubset(of: Self.boneStressEquipment) {
            return "only lying-down hip and core work while a bone-stress sign is unchecked"
        }
        if rules.contains(.knee), card.loadsKnee { return "no knee loading while the knee sign is unchecked" }
        if rules.contains(.nerve), card.kind == .power || card.needsExternalLoad {
            return "no added weight on the legs while numbness or radiating pain is unchecked"
        }
        if impactBlocked, card.kind == .power {
            if !signs.isEmpty { return "no jumping until a clinician clears you" }
            return "no jumping while pain is above \(painEpisode ? SafetyGate.painLimit : SafetyGate.flarePain)/10"
        }
        return nil
    }

    public func permits(_ card: ExerciseCard) -> Bool { blockReason(card) == nil }

    /// The exercise should be done one step easier today: it hurt, stopped a session, or loads a painful area.
    public func regresses(_ card: ExerciseCard) -> Bool {
        regressesEverything || painfulExercises.contains(card.id) || stoppedExercises.contains(card.id)
            || painfulAreas.contains { card.loads($0) }
    }

    /// The exercise loads a tendon reactive today: isometric holds or rest instead (DOMAIN §6).
    public func holdsForTendon(_ card: ExerciseCard) -> Bool {
        card.kind != .stretch && reactiveTendons.contains { card.loads($0) }
    }

    // MARK: - Words

    /// The reasons in the order a runner should read them, one sentence or two each.
    public var reasons: [String] {
        var lines = WarningSignRule.allCases.filter(rules.contains).map(\.message)
        if !signs.isEmpty {
            lines.append("You answered yes to: " + RedFlag.allCases.filter(signs.contains).map(\.phrase).joined(separator: ", ")
                + ". When a clinician has cleared you, record the day in your profile (Cleared by a clinician).")
        }
        if stoppedToday { lines.append("A session was stopped for your safety today: no more strength work today.") }
        if let paused = pausedReason { lines.append(paused) }
        if let pain = painReason { lines.append(pain) } else if worseMorning {
            lines.append("Worse the morning after your last session: today every exercise is one step easier.")
        }
        return lines
    }

    /// Why the plan holds its doses until a clinician has seen the runner (`progressionPaused`); nil when it does not.
    public var pausedReason: String? {
        switch progressionPaused {
        case let .persistentPain(days)?:
            "Pain has been above \(SafetyGate.painLimit)/10 for \(days) days: your plan holds its doses until a "
                + "clinician has seen you. Please book an appointment with a doctor or physiotherapist."
        case let .worseMornings(count)?:
            "The morning after training was worse \(count) times in two weeks: your plan holds its doses until a "
                + "clinician has seen you. Please book an appointment with a doctor or physiotherapist."
        case nil: nil
        }
    }

    /// What a pain episode does (`painEpisode`); nil without one.
    public var painReason: String? {
        guard painEpisode else { return nil }
        return "Pain above \(SafetyGate.painLimit)/10 (\(worstPain)/10): the exercise that hurts goes one step easier and no "
            + "dose rises until pain stays at \(SafetyGate.painLimit)/10 or less for \(SafetyGate.settledSessions) sessions."
    }

    /// One line for a status bar: "Today: lying-down hip and core work only".
    public var headline: String {
        if urgent { return "Urgent care today: no training" }
        if stoppedToday { return "Stopped for your safety today: no more strength work" }
        return allowance == .everything ? "Cleared for your plan" : "Today: " + allowance.phrase
    }

    /// The safety notices the plan shows first.
    public var notices: [PlanNotice] {
        var notices: [PlanNotice] = []
        if urgent { notices.append(PlanNotice(.urgentCare, WarningSignRule.urgent.message)) }
        for rule in [WarningSignRule.boneStress, .knee, .nerve] where rules.contains(rule) {
            notices.append(PlanNotice(.seeClinician, rule.message))
        }
        if runsPaused { notices.append(PlanNotice(.runsPaused, "Runs are paused until a clinician clears you; the calendar shows no runs.")) }
        if let reason = pausedReason { notices.append(PlanNotice(.progressionPaused, reason)) }
        return notices
    }
}

extension ExerciseCard {
    /// Loads the area of `injury`: the calf, Achilles and foot for the heel, the knee for the knee and
    /// the IT band, the calf and shin for the shins; anything for an injury elsewhere. Jumps load them all.
    public func loads(_ injury: Injury) -> Bool {
        if kind == .stretch { return false }
        let primary = Set(muscles.primary)
        switch injury {
        case .achilles, .plantar: return kind == .power || !primary.isDisjoint(with: [.calves, .soleus, .achilles, .plantarFascia])
        case .shins: return kind == .power || !primary.isDisjoint(with: [.calves, .soleus, .tibialis])
        case .knee, .itbs: return loadsKnee
        case .other: return true
        }
    }

    /// Loads the knee heavily or on one leg: squats, lunges, step-ups, single-leg standing work (a knee
    /// gives way on one leg), loaded standing work (heavy hinges, carries), adductor levers that pull
    /// across the knee (Copenhagen plank), jumps.
    public var loadsKnee: Bool {
        if kind == .power || muscles.primary.contains(.quads) || muscles.primary.contains(.adductors) { return true }
        let standing = (position ?? .standing) == .standing
        return standing && ((unilateral && kind == .strength) || needsExternalLoad)
    }

    /// Cannot be done as written without added weight (a dumbbell, a kettlebell, a loaded backpack, a bar).
    public var needsExternalLoad: Bool {
        !Set(equipment.required).isDisjoint(with: [.dumbbells, .kettlebell, .trapBar, .backpack])
    }
}
