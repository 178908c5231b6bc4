/// Rule: the progress highlights of the history ("Single-leg calf raise 2 × 10 → 3 × 12 this month"):
/// for each exercise done in at least two strength sessions of the last `days`, its first and last
/// logged dose there, when they differ. Warm-up, cool-down and stretch sets are not a working dose; a
/// card's tendon protocol and its usual place are two histories (`LogHistory.Job`), compared apart.
/// A dose that went down says so: the highlights report, they do not cheer.
public enum ProgressHighlights {
    /// "This month": the days looked back over, today included [conv].
    public static let days = 30

    /// The highlights on the local day `today`, the exercise done most recently first.
    /// - Parameters:
    ///   - sets: the logged sets (any range: those outside the month are left out here).
    ///   - sessions: the log's sessions; a set counts when its session is a strength session that
    ///     counts (`SessionDigest.counts`: finished, or ended with sets done).
    public static func of(sets: [SetRecord], sessions: [SessionDigest], today: Int64) -> [ProgressHighlight] {
        let first = today - Int64(days - 1)
        let counted = Dictionary(sessions.filter { $0.kind == .strength && $0.counts && $0.day >= first && $0.day <= today }.map { ($0.id, $0.day) },
                                 uniquingKeysWith: { a, _ in a })
        // Per history, per session: the sets, and the session's day.
        var grouped: [LogHistory: [Int64: [SetRecord]]] = [:]
        for set in sets where counted[set.sessionID] != nil && !(set.role.map(notWorking.contains) ?? false) {
            grouped[LogHistory(cardID: set.exerciseID, role: set.role), default: [:]][set.sessionID, default: []].append(set)
        }
        var found: [ProgressHighlight] = []
        for (history, bySession) in grouped {
            let doses = bySession.compactMap { id, sets in LoggedDose(sets).map { (day: counted[id] ?? 0, id: id, dose: $0) } }
                .sorted { ($0.day, $0.id) < ($1.day, $1.id) }
            guard doses.count >= 2, let from = doses.first, let to = doses.last,
                  let highlight = ProgressHighlight(history: history, from: from.dose, to: to.dose, lastDay: to.day) else { continue }
            found.append(highlight)
        }
        return found.sorted { a, b in
            if a.lastDay != b.lastDay { return a.lastDay > b.lastDay }
            if a.history.cardID != b.history.cardID { return a.history.cardID < b.history.cardID }
            return a.history.job.order < b.history.job.order
        }
    }

    /// Roles whose sets are not a working dose.
    static let notWorking: Set<PlanItem.Role> = [.warmUp, .coolDown, .stretch]
}

/// One exercise's change over the month, from its first to its last logged dose.
public struct ProgressHighlight: Hashable, Sendable {
    public enum Direction: Hashable, Sendable {
        /// More load, or more work at the same load, and nothing less.
        case up
        /// Less load, or less work at the same load, and nothing more.
        case down
        /// One more and one less (a heavier load for fewer reps).
        case changed
    }

    public var history: LogHistory
    public var from: LoggedDose
    public var to: LoggedDose
    /// The local day of the last dose.
    public var lastDay: Int64
    public var direction: Direction

    /// Nil when the two doses are the same: only a real change is a highlight.
    public init?(history: LogHistory, from: LoggedDose, to: LoggedDose, lastDay: Int64) {
        guard from != to else { return nil }
        let load = (to.loadKg ?? 0).compare(from.loadKg ?? 0), work = to.volume.compare(from.volume)
        if load >= 0 && work >= 0 && load + work > 0 { direction = .up }
        else if load <= 0 && work <= 0 && load + work < 0 { direction = .down }
        else { direction = .changed }
        self.history = history; self.from = from; self.to = to; self.lastDay = lastDay
    }

    public var exerciseID: String { history.cardID }

    /// The highlight in words, with the exercise's name: "Single-leg calf raise 2 × 10 → 3 × 12 this
    /// month"; "Goblet squat down from 3 × 8 to 2 × 8 this month"; loads in the runner's `unit`.
    public func words(name: String, unit: LoadUnit = .kg) -> String {
        let name = name + (history.job == .tendonProtocol ? " (protocol)" : history.job == .programme ? " (programme)" : "")
        return switch direction {
        case .up: "\(name) \(from.text(unit: unit)) → \(to.text(unit: unit)) this month"
        case .down: "\(name) down from \(from.text(unit: unit)) to \(to.text(unit: unit)) this month"
        case .changed: "\(name) changed from \(from.text(unit: unit)) to \(to.text(unit: unit)) this month"
        }
    }
}

private extension LogHistory.Job {
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

private extension Comparable {
    /// -1, 0 or 1.
    func compare(_ other: Self) -> Int { self < other ? -1 : self > other ? 1 : 0 }
}
