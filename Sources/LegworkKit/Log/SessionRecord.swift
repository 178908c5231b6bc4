/// One strength session or stretch routine in the training log, as the store keeps it.
///
/// A session is written when it begins (status `inProgress`), so a crash or `kill -9` still leaves a
/// trace; it is closed with `completed`, `abandoned` (the runner quit) or `stopped` (a safety stop).
public struct SessionRecord: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case strength, stretch
    }

    public enum Status: String, Codable, CaseIterable, Sendable {
        case inProgress = "in-progress"
        case completed
        /// The runner quit before the end.
        case abandoned
        /// Ended by a safety rule (pain or a red flag).
        case stopped
    }

    /// Assigned by the store when the session begins; increases with every new session.
    public var id: Int64
    public var kind: Kind
    public var title: String
    public var startedAt: WallTime
    /// Nil while the session is in progress (or when it was never closed, e.g. after a crash).
    public var endedAt: WallTime?
    public var status: Status
    /// Seconds the plan expected the session to take (without pauses).
    public var plannedSeconds: Int
    public var notes: String?

    public init(id: Int64, kind: Kind, title: String, startedAt: WallTime, endedAt: WallTime? = nil,
                status: Status = .inProgress, plannedSeconds: Int, notes: String? = nil) {
        self.id = id; self.kind = kind; self.title = title; self.startedAt = startedAt; self.endedAt = endedAt
        self.status = status; self.plannedSeconds = plannedSeconds; self.notes = notes
    }

    /// Seconds from start to end, when the session has ended.
    public var elapsedSeconds: Int64? {
        endedAt.map { $0.secondsSince1970 - startedAt.secondsSince1970 }
    }
}
