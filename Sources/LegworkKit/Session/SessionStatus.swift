/// Everything the runner screen shows at one moment, computed by `SessionEngine.status(at:)`.
public struct SessionStatus: Hashable, Sendable {
    /// Index into `SessionEngine.steps`, and the step itself.
    public var stepIndex: Int
    public var step: SessionStep
    /// The exercise the step belongs to (the coming one for get-ready and transition).
    public var itemIndex: Int?
    public var item: SessionItem?
    /// A short title for the step: the exercise name, "Get ready", "Rest", "Switch sides", "Done"…
    public var headline: String
    /// Set x of y, for work, switch-sides and rest steps.
    public var set: Int?
    public var sets: Int?
    public var side: Side?
    /// Time left in the current step; nil when it has no timer (log, done).
    public var remaining: Duration?
    /// `remaining` in whole seconds rounded up, as the big digits show it (60 until 59 s are left).
    public var remainingSeconds: Int?
    /// The repetition being counted in a reps step.
    public var rep: RepStatus?
    public var isPaused: Bool
    public var isAwaitingLog: Bool
    /// The session ended (completed, abandoned or stopped for safety).
    public var isEnded: Bool
    public var outcome: SessionOutcome?
    /// Active session time so far (pauses and log entry time excluded).
    public var elapsed: Duration
    /// The sum of every timed step as planned (log steps count 0).
    public var plannedTotal: Duration
    /// Timed steps still to run: the rest of this one plus every later one (rest edits included).
    public var timeLeft: Duration
    /// What comes next, in words ("Single-leg RDL, set 2 of 3, right side", "Done").
    public var nextUp: String
    /// 0…1 for the whole-session progress bar.
    public var fractionDone: Double
}

/// The repetition being counted, and where it is in the tempo.
public struct RepStatus: Hashable, Sendable {
    /// 1-based repetition number.
    public var number: Int
    public var count: Int
    /// The tempo phase for a counted tempo (3-1-1); nil when the runner sets the pace.
    public var phase: TempoPhase?
    /// Time left in the phase (down 3-2-1, hold, up), for a counted tempo.
    public var phaseRemaining: Duration?
    /// `phaseRemaining` in whole seconds rounded up.
    public var phaseRemainingSeconds: Int?
}

/// The parts of one repetition in a "down-pause-up" tempo (3-1-1 = 3 s down, 1 s pause, 1 s up).
public enum TempoPhase: String, Hashable, Sendable, CaseIterable {
    case down, pause, up
}

/// Where a repetition starts. A squat, a lunge or an RDL starts at the top: each rep lowers, pauses at
/// the bottom and lifts. A bridge, a calf raise, a step-up or a side-lying leg raise starts at the bottom:
/// each rep lifts, pauses at the top (the squeeze) and lowers, so the first word the runner hears is UP.
/// The tempo is written the same way for both (lowering-pause-lifting seconds).
public enum RepStart: String, Codable, CaseIterable, Hashable, Sendable {
    case lowering, lifting

    /// Kept only when it is not the default (a lowering first), so stored items and exports stay as
    /// they were for every card that lowers first.
    public var stored: RepStart? { self == .lifting ? .lifting : nil }

    /// The phases of one repetition, in the order they are done.
    public var phases: [TempoPhase] { self == .lowering ? [.down, .pause, .up] : [.up, .pause, .down] }
}
