import Foundation

/// One session with its sets: the unit of `legwork history --json` and of backups.
///
/// JSON: `{"session": {"id", "kind", "title", "startedAt", "endedAt"?, "status", "plannedSeconds",
/// "notes"?}, "sets": [{"sessionID", "exerciseID", "setNumber", "side", "reps"?, "seconds"?, "loadKg"?,
/// "rir"?, "pain"?, "startedAt", "endedAt", "notes"?, "role"?}]}`; times are ISO-8601 with the UTC offset.
public struct LoggedSession: Codable, Hashable, Sendable {
    public var session: SessionRecord
    public var sets: [SetRecord]

    public init(session: SessionRecord, sets: [SetRecord]) { self.session = session; self.sets = sets }

    /// Pairs sessions with their sets (sets of unknown sessions are dropped), oldest session first.
    public static func group(sessions: [SessionRecord], sets: [SetRecord]) -> [LoggedSession] {
        var bySession: [Int64: [SetRecord]] = [:]
        for set in sets { bySession[set.sessionID, default: []].append(set) }
        return sessions
            .sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
            .map { LoggedSession(session: $0, sets: bySession[$0.id] ?? []) }
    }
}

/// `legwork history --json`: `{"format": "legwork-history", "version": 1, "sessions": [LoggedSession]}`.
public struct HistoryJSON: Codable, Hashable, Sendable {
    public var format = "legwork-history"
    public var version = 1
    public var sessions: [LoggedSession]
    /// The strength checks, oldest first, each test left against right; absent when there are none.
    public var strengthChecks: [StrengthCheck]?
    /// The runs that happened, oldest first: date, metres, seconds, kind, pain, source and its id.
    public var runs: [RunRecord]

    public init(sessions: [LoggedSession], strengthChecks: [StrengthCheck] = [], runs: [RunRecord] = []) {
        self.sessions = sessions
        self.strengthChecks = strengthChecks.isEmpty ? nil : strengthChecks
        self.runs = runs
    }

    /// Pretty-printed with sorted keys, so two exports of the same log are byte-identical.
    public func encoded() throws -> String {
        try JSONText.encode(self, pretty: true) + "\n"
    }
}
