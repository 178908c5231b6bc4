/// Everything the history screen shows, read from the store once when it opens.
public struct HistoryData: Sendable, Hashable {
    /// Sessions, oldest first.
    public var sessions: [SessionDigest]
    /// Per exercise id, one point per session, oldest first.
    public var exercises: [String: [ExercisePoint]]

    public init(sessions: [SessionDigest] = [], exercises: [String: [ExercisePoint]] = [:]) {
        self.sessions = sessions; self.exercises = exercises
    }

    public var isEmpty: Bool { sessions.isEmpty }

    /// Exercise ids, the most recently done first (the list the runner picks from).
    public var exercisesByRecency: [String] {
        exercises.keys.sorted { a, b in
            let da = exercises[a]?.last?.day ?? 0, db = exercises[b]?.last?.day ?? 0
            return da != db ? da > db : a < b
        }
    }
}
