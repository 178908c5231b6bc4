/// Rule: the next session's dose of one exercise from what the log says happened (DOMAIN.md §2
/// "Progression" and §3 "Modify"). Pure: the caller passes the exercise's logged sets.
///
/// In order of priority:
/// 1. Pain above 5/10 in the last session, or pain the next morning worse than during it → the
///    regression id (or `.reduce` when the card has none).
/// 2. Reps in reserve below the target in the last session → hold (effort decides, not soreness).
/// 3. Every planned set at the top of the rep range (or the full hold) at the target RIR in the last
///    two sessions → +2.5–5 % load rounded to the runner's smallest increment, or the progression id
///    for a body-weight move.
/// 4. Otherwise hold.
public enum AutoRegulation {
    /// Pain above this (0–10) asks for the easier variant.
    public static let painLimit = 5
    /// Sessions in a row at the top of the range before the dose goes up.
    public static let sessionsToProgress = 2
    /// Load grows by at least this fraction…
    public static let minimumLoadStep = 0.025
    /// …and by at most this one, unless the smallest increment is bigger.
    public static let maximumLoadStep = 0.05

    /// - Parameters:
    ///   - card: the exercise (its regression and progression ids).
    ///   - dose: the prescribed dose: sets and the rep range (its top is the target) or hold seconds.
    ///   - target: the reps-in-reserve target; its minimum is the least effort reserve accepted.
    ///   - sets: the exercise's logged sets, any order; sets of other exercises are ignored.
    ///   - nextMorningPain: pain 0–10 reported the morning after the last session, when asked.
    ///   - increment: the step the runner's weights allow, in their unit (`LoadIncrement`): the new load
    ///     lands on it and the reason says it in that unit ("up 5 lb").
    public static func decide(card: ExerciseCard, dose: Dose, target: RepsInReserve, sets: [SetRecord],
                              nextMorningPain: Int? = nil, increment: LoadIncrement = LoadIncrement(.other, unit: .kg)) -> DoseDecision {
        decide(card: card, dose: dose, target: target, sessions: sessionsOldestFirst(sets.filter { $0.exerciseID == card.id }),
               nextMorningPain: nextMorningPain, increment: increment)
    }

    /// The same decision from the exercise's sessions, oldest first: only the last `sessionsToProgress`
    /// of them count, so a plan's many items group a long log once (`AutoRegulation.adjust`).
    static func decide(card: ExerciseCard, dose: Dose, target: RepsInReserve, sessions: [[SetRecord]],
                       nextMorningPain: Int? = nil, increment: LoadIncrement = LoadIncrement(.other, unit: .kg)) -> DoseDecision {
        guard let last = sessions.last else {
            return DoseDecision(exerciseID: card.id, change: .hold, nextLoadKg: nil, reason: .nothingLogged)
        }
        let lastLoad = last.compactMap(\.loadKg).max()
        func decision(_ change: DoseDecision.Change, _ reason: DoseReason, load: Double? = lastLoad) -> DoseDecision {
            DoseDecision(exerciseID: card.id, change: change, nextLoadKg: load, reason: reason)
        }

        // 1. Pain.
        let sessionPain = last.compactMap(\.pain).max() ?? 0
        let painCause: DoseReason.PainCause? =
            if sessionPain > painLimit { .during(sessionPain) }
            else if let morning = nextMorningPain, morning > sessionPain { .nextMorning(morning) }
            else { nil }
        if let painCause {
            if let easier = card.regression {
                return decision(.regress(to: easier), .easier(to: easier, because: painCause))
            }
            return decision(.reduce, .lighter(because: painCause))
        }

        // 2. Effort beyond the target.
        let lowestRIR = last.compactMap(\.rir).min()
        if let lowestRIR, lowestRIR < target.min {
            return decision(.hold, .effortBelowTarget(rir: lowestRIR, target: target.min))
        }

        // 3. The top of the range, twice.
        let recent = sessions.suffix(sessionsToProgress)
        let done = DoseReason.Performance(last, dose: dose)
        guard recent.count == sessionsToProgress, recent.allSatisfy({ reachedTop($0, dose: dose, target: target) }) else {
            return decision(.hold, .notYet(done: done, top: DoseReason.Performance(top: dose, target: target)))
        }
        if let lastLoad, lastLoad > 0 {
            let next = increment.next(after: lastLoad)
            return decision(.addLoad(fromKg: lastLoad, toKg: next), .addedLoad(next - lastLoad, increment.unit, done: done), load: next)
        }
        if let harder = card.progression {
            return decision(.progress(to: harder), .harder(to: harder, done: done))
        }
        return decision(.hold, .noHarderVariant(done: done))
    }

    /// The next load: at least +2.5 %, at most +5 %, on the runner's increments; when no multiple of the
    /// increment falls in that band, one increment up (small dumbbells jump further). Load and increment
    /// are in one unit, whichever it is (`LoadIncrement.next` works in the runner's).
    public static func nextLoad(after load: Double, incrementKg: Double) -> Double {
        let step = incrementKg > 0 ? incrementKg : 1
        let low = load * (1 + minimumLoadStep), high = load * (1 + maximumLoadStep)
        let candidate = (low / step).rounded(.up) * step
        let next = candidate <= high + 1e-9 ? candidate : ((load / step).rounded(.down) + 1) * step
        return (next * 1000).rounded() / 1000
    }

    // MARK: - Helpers

    /// The sets grouped by session, sessions ordered by their first set.
    static func sessionsOldestFirst(_ sets: [SetRecord]) -> [[SetRecord]] {
        var bySession: [Int64: [SetRecord]] = [:]
        for set in sets { bySession[set.sessionID, default: []].append(set) }
        return bySession.values
            .map { $0.sorted { ($0.startedAt, $0.setNumber) < ($1.startedAt, $1.setNumber) } }
            .sorted { ($0[0].startedAt, $0[0].sessionID) < ($1[0].startedAt, $1[0].sessionID) }
    }

    /// Every planned set (each side) done at the top of the range, none below the target RIR.
    static func reachedTop(_ sets: [SetRecord], dose: Dose, target: RepsInReserve) -> Bool {
        let setNumbers = Set(sets.map(\.setNumber))
        guard setNumbers.count >= dose.sets else { return false }
        return sets.allSatisfy { set in
            let atTop: Bool = switch dose.work {
            case let .reps(range): (set.reps ?? 0) >= range.upperBound
            case let .seconds(seconds): (set.seconds ?? 0) >= seconds
            }
            return atTop && (set.rir ?? target.min) >= target.min
        }
    }

    /// "2.5", "1", "0.5": kilograms without a trailing ".0".
    public static func kilograms(_ value: Double) -> String { Load.kilogramWords(value) }
}
