/// One set of one exercise as it was done, for the training log (and the CSV export, one row each).
///
/// A set is identified by (session, exercise, set number, side): writing the same set again replaces
/// it, so a session resumed after a crash can log its sets again without duplicating them.
public struct SetRecord: Codable, Hashable, Sendable {
    public enum Side: String, Codable, CaseIterable, Sendable {
        /// Both legs at once, or an exercise without sides.
        case both
        case left
        case right
    }

    public var sessionID: Int64
    /// A catalog card id (`step_up`) or an imported one (`fedb:...`).
    public var exerciseID: String
    /// 1-based.
    public var setNumber: Int
    public var side: Side
    /// Repetitions done, for repetition work.
    public var reps: Int?
    /// Seconds held or carried, for timed work.
    public var seconds: Int?
    /// External load in kilograms; nil for body weight.
    public var loadKg: Double?
    /// Reps in reserve reported after the exercise, 0–10.
    public var rir: Int?
    /// Pain 0–10 reported after the exercise.
    public var pain: Int?
    public var startedAt: WallTime
    public var endedAt: WallTime
    public var notes: String?
    /// The job the exercise did in the session (a tendon protocol, the calf place…): one card can be both
    /// a protocol and a usual exercise, and each has its own history (`LogHistory`). Nil: logged outside
    /// the plan, or before roles were kept.
    public var role: PlanItem.Role?

    public init(sessionID: Int64, exerciseID: String, setNumber: Int, side: Side = .both, reps: Int? = nil,
                seconds: Int? = nil, loadKg: Double? = nil, rir: Int? = nil, pain: Int? = nil,
                startedAt: WallTime, endedAt: WallTime, notes: String? = nil, role: PlanItem.Role? = nil) {
        self.sessionID = sessionID; self.exerciseID = exerciseID; self.setNumber = setNumber; self.side = side
        self.reps = reps; self.seconds = seconds; self.loadKg = loadKg; self.rir = rir; self.pain = pain
        self.startedAt = startedAt; self.endedAt = endedAt; self.notes = notes; self.role = role
    }

    /// What is wrong with the values, in words; empty when the set can be stored.
    /// The store refuses a set with problems rather than keep numbers that would mislead progress rules.
    public var problems: [String] {
        var found: [String] = []
        if exerciseID.isEmpty { found.append("exercise id is empty") }
        if setNumber < 1 { found.append("set number \(setNumber) is below 1") }
        // The ranges of `LogLimits`, the same the log form and `--plain` check as the runner types.
        if let reps, let problem = LogLimits.repsProblem(reps) { found.append(problem) }
        if let seconds, let problem = LogLimits.secondsProblem(seconds) { found.append(problem) }
        if let loadKg, let problem = LogLimits.loadProblem(loadKg) { found.append(problem) }
        if let rir, !LogLimits.storedRepsInReserve.contains(rir) { found.append("reps in reserve \(rir) is not between 0 and 10") }
        if let pain, !LogLimits.pain.contains(pain) { found.append("pain \(pain) is not between 0 and 10") }
        if endedAt.secondsSince1970 < startedAt.secondsSince1970 { found.append("it ends before it starts") }
        return found
    }
}
