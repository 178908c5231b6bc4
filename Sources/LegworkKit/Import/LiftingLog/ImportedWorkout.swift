/// A workout read from a lifting app's CSV (Strong, Hevy) or from Legwork's own, before it enters the log.
public struct ImportedWorkout: Hashable, Sendable {
    public var title: String
    public var startedAt: WallTime
    public var endedAt: WallTime?
    public var notes: String?
    public var sets: [ImportedSet]

    public init(title: String, startedAt: WallTime, endedAt: WallTime? = nil, notes: String? = nil, sets: [ImportedSet] = []) {
        self.title = title; self.startedAt = startedAt; self.endedAt = endedAt; self.notes = notes; self.sets = sets
    }

    /// The log's sets for this workout once stored as session `sessionID`. Sets have no clock of their
    /// own in these files: each starts when the workout does.
    public func records(sessionID: Int64) -> [SetRecord] {
        sets.map {
            SetRecord(sessionID: sessionID, exerciseID: $0.exercise, setNumber: $0.setNumber, side: $0.side, reps: $0.reps,
                      seconds: $0.seconds, loadKg: $0.loadKg, rir: $0.rir, pain: $0.pain, startedAt: $0.startedAt ?? startedAt,
                      endedAt: $0.startedAt ?? startedAt, notes: $0.notes)
        }
    }
}

/// One set of an imported workout. `exercise` is a card id when the name matched a card, else the
/// other app's own name, kept as it was written.
public struct ImportedSet: Hashable, Sendable {
    public var exercise: String
    public var setNumber: Int
    public var side: SetRecord.Side
    public var reps: Int?
    public var seconds: Int?
    public var loadKg: Double?
    public var rir: Int?
    public var pain: Int?
    public var notes: String?
    /// When the file gives each set its own time (Legwork's CSV).
    public var startedAt: WallTime?

    public init(exercise: String, setNumber: Int, side: SetRecord.Side = .both, reps: Int? = nil, seconds: Int? = nil,
                loadKg: Double? = nil, rir: Int? = nil, pain: Int? = nil, notes: String? = nil, startedAt: WallTime? = nil) {
        self.exercise = exercise; self.setNumber = setNumber; self.side = side; self.reps = reps; self.seconds = seconds
        self.loadKg = loadKg; self.rir = rir; self.pain = pain; self.notes = notes; self.startedAt = startedAt
    }
}
