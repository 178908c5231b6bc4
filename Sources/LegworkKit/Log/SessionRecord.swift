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
    /// Run at a `--speed` other than 1: a preview, not training. Never counts for progression, streaks or charts.
    public var preview: Bool

    public init(id: Int64, kind: Kind, title: String, startedAt: WallTime, endedAt: WallTime? = nil,
                status: Status = .inProgress, plannedSeconds: Int, notes: String? = nil, preview: Bool = false) {
        self.id = id; self.kind = kind; self.title = title; self.startedAt = startedAt; self.endedAt = endedAt
        self.status = status; self.plannedSeconds = plannedSeconds; self.notes = notes; self.preview = preview
    }

    enum CodingKeys: String, CodingKey { case id, kind, title, startedAt, endedAt, status, plannedSeconds, notes, preview }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        kind = try c.decode(Kind.self, forKey: .kind)
        title = try c.decode(String.self, forKey: .title)
        startedAt = try c.decode(WallTime.self, forKey: .startedAt)
        endedAt = try c.decodeIfPresent(WallTime.self, forKey: .endedAt)
        status = try c.decode(Status.self, forKey: .status)
        plannedSeconds = try c.decode(Int.self, forKey: .plannedSeconds)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        // Backups written before previews existed hold none.
        preview = try c.decodeIfPresent(Bool.self, forKey: .preview) ?? false
    }

    /// Seconds from start to end, when the session has ended.
    public var elapsedSeconds: Int64? {
        endedAt.map { $0.secondsSince1970 - startedAt.secondsSince1970 }
    }
}
