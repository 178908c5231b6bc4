/// One step of a compiled session: a stretch of time the screen shows as one countdown, or a log entry.
///
/// `SessionPlan.steps(with:)` produces them in order: get ready → for each exercise, each set (left, switch
/// sides, right), rest between sets → log → transition → … → done.
public struct SessionStep: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Get into position for the first exercise.
        case getReady
        /// One set (or one side of a set).
        case work(Work)
        /// Between the left and the right side of a set.
        case switchSides
        /// Between two sets of the same exercise.
        case rest
        /// Waits for the runner's log entry of the exercise just finished; has no timer.
        case log
        /// Move on to the next exercise.
        case transition
        /// The end: the session is complete.
        case done
    }

    /// How a work step is timed.
    public enum Work: Hashable, Sendable {
        /// Repetitions counted at a pace: `secondsPerRep` is the tempo's total for a counted tempo
        /// (3-1-1 → 5), else `SessionSettings.secondsPerUncountedRep`.
        case reps(count: Int, secondsPerRep: Int, tempo: Tempo)
        /// A hold or a carry, by time.
        case timed(seconds: Int)
    }

    public var kind: Kind
    /// The exercise the step belongs to (index into `SessionPlan.items`): for get-ready and transition,
    /// the exercise that comes next; nil only for done.
    public var item: Int?
    /// The set (1-based) for work, switch-sides and rest (the set just done) steps.
    public var set: Int?
    /// The number of sets of the item, alongside `set`.
    public var sets: Int?
    /// The side for a unilateral work step, and for switch-sides (the side about to be worked).
    public var side: Side?
    /// The planned length in seconds; nil for steps that wait for input (log, done).
    public var seconds: Int?
    /// For a ramp-up set's work and the rest after it: which of the item's ramp-up sets (1-based,
    /// `SessionItem.rampUp`); `set` is nil then, since a ramp-up set is not a work set.
    public var rampUp: Int?

    public init(kind: Kind, item: Int? = nil, set: Int? = nil, sets: Int? = nil, side: Side? = nil, seconds: Int?, rampUp: Int? = nil) {
        self.kind = kind; self.item = item; self.set = set; self.sets = sets; self.side = side; self.seconds = seconds
        self.rampUp = rampUp
    }

    /// The planned length as a Duration, zero for steps without a timer.
    public var plannedDuration: Duration { .seconds(seconds ?? 0) }

    public var isWork: Bool { work != nil }

    /// The work description when this is a work step.
    public var work: Work? {
        switch kind {
        case let .work(w): w
        default: nil
        }
    }

    /// The last set of its exercise.
    public var isLastSet: Bool { self.set != nil && self.set == sets }
}
