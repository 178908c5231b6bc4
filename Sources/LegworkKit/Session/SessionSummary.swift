/// What the session came to: per exercise planned vs done, times, and the cue for the next run.
public struct SessionSummary: Hashable, Sendable {
    public var planID: String
    public var title: String
    public var items: [ItemSummary]
    /// Time spent in timed steps (work, rests, transitions…), pauses and log entry excluded.
    public var activeTime: Duration
    public var pausedTime: Duration
    /// Time spent waiting for log entries.
    public var loggingTime: Duration
    /// The planned length of all timed steps.
    public var plannedTime: Duration
    /// When the session started and ended, on the current run's timeline (nil before start/end).
    public var startedAt: Moment?
    public var endedAt: Moment?
    /// nil while the session is still running.
    public var outcome: SessionOutcome?
    public var runningCue: String
    /// Advice drawn from the log entries ("Pain 6/10 on Step-up: use the easier variant next time").
    public var notes: [String]
    /// Exercises left out today from the overview, by name.
    public var leftOut: [String] = []

    /// "Left out today: Lateral band walk.", nil when nothing was.
    public var leftOutSentence: String? { SessionPlan.leftOutSentence(leftOut) }

    /// Not one set of any exercise was done: the session reads "skipped", never "done".
    public var nothingDone: Bool { items.allSatisfy(\.isSkipped) }

    /// The names of the exercises with no set done, in plan order (for the log's notes).
    public var skippedNames: [String] { items.filter(\.isSkipped).map(\.name) }
}

/// One exercise of the summary.
public struct ItemSummary: Hashable, Sendable {
    public var item: Int
    public var cardID: String
    public var name: String
    public var unilateral: Bool
    public var planned: Dose
    /// Sets done on every side.
    public var setsDone: Int
    /// Every side-set that was done, in order.
    public var records: [PerformedSet]
    public var log: ExerciseLogEntry?

    /// What an exercise with no set done reads, in the summary and in the log.
    public static let skippedWord = "skipped"

    /// No set of it was done (every set skipped, or the session ended before it).
    public var isSkipped: Bool { records.isEmpty }

    /// "3 × 8" per the plan.
    public var plannedText: String { planned.summary }

    /// "2 × 8", "3 × 30 s", "2 × 8/7" (left/right when they differ), "skipped".
    public var doneText: String {
        if isSkipped { return Self.skippedWord }
        switch planned.work {
        case .seconds:
            let held = records.compactMap(\.seconds).max() ?? 0
            return "\(setsDone) × \(held) s"
        case .reps:
            let left = records.filter { $0.side != .right }.compactMap(\.reps).min()
            let right = records.filter { $0.side == .right }.compactMap(\.reps).min()
            switch (left, right) {
            case let (l?, r?) where l != r: return "\(setsDone) × \(l)/\(r)"
            case let (l?, _): return "\(setsDone) × \(l)"
            case let (nil, r?): return "\(setsDone) × \(r)"
            case (nil, nil): return "\(setsDone) × 0"
            }
        }
    }
}
