import Foundation
import GRDB
import LegworkKit

extension Store {
    /// Starts a session in the log (status in-progress) and returns it with its new id.
    /// Written at once, so even a session interrupted by a crash leaves a trace.
    public func beginSession(kind: SessionRecord.Kind, title: String, startedAt: WallTime,
                             plannedSeconds: Int, notes: String? = nil, preview: Bool = false) throws(StoreError) -> SessionRecord {
        guard plannedSeconds >= 0 else {
            throw .invalidRecord(what: "session \"\(title)\"", problems: ["planned seconds \(plannedSeconds) is negative"])
        }
        let id = try write("begin a session") { db in
            try db.execute(sql: """
                INSERT INTO session (kind, title, started_at, utc_offset, status, planned_seconds, notes, preview)
                VALUES (?, ?, ?, ?, 'in-progress', ?, ?, ?)
                """, arguments: [kind.rawValue, title, startedAt.secondsSince1970, startedAt.utcOffsetSeconds,
                                 plannedSeconds, notes, preview])
            return db.lastInsertedRowID
        }
        return SessionRecord(id: id, kind: kind, title: title, startedAt: startedAt, status: .inProgress,
                             plannedSeconds: plannedSeconds, notes: notes, preview: preview)
    }

    /// Logs sets in one transaction. A set already logged (same session, exercise, set number and side)
    /// is replaced, so logging again after resuming a session never duplicates it.
    public func appendSets(_ sets: [SetRecord]) throws(StoreError) {
        try apply([.appendSets(sets)])
    }

    /// Closes a session with its final status and returns it. `notes`, when given, replace the notes.
    @discardableResult
    public func finishSession(_ id: Int64, status: SessionRecord.Status, endedAt: WallTime,
                              notes: String? = nil) throws(StoreError) -> SessionRecord {
        try apply([.finishSession(id: id, status: status, endedAt: endedAt, notes: notes)])
        guard let session = try session(id: id) else { throw .unknownSession(id: id) }
        return session
    }

    /// One session, or nil.
    public func session(id: Int64) throws(StoreError) -> SessionRecord? {
        try read("read the training log") { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Self.sessionColumns) FROM session WHERE id = ?"), arguments: [id]).map(Self.session)
        }
    }

    /// Sessions, newest first; `limit` nil for all of them.
    public func sessions(limit: Int? = nil) throws(StoreError) -> [SessionRecord] {
        try read("read the training log") { db in
            // Cached: the plan, the check-in and the safety gate each ask for the last sessions.
            try Self.decoded(db.cachedStatement(sql: "SELECT \(Self.sessionColumns) FROM session ORDER BY started_at DESC, id DESC LIMIT ?"),
                             [limit ?? -1], Self.session)
        }
    }

    /// The sets of one session, in the order they were done.
    public func sets(session id: Int64) throws(StoreError) -> [SetRecord] {
        try fetchSets("WHERE set_log.session_id = ?", [id])
    }

    /// Every set of one exercise, oldest first (for progress charts and auto-regulation). Previews
    /// (`--speed` other than 1) are not training and are left out.
    public func sets(exercise: String) throws(StoreError) -> [SetRecord] {
        try fetchSets("WHERE set_log.exercise_id = ? AND session.preview = 0", [exercise])
    }

    /// The sets of one exercise in the last `sessions` training sessions (not previews) of each of its
    /// histories (`LogHistory`), oldest first: what auto-regulation and a frozen dose read. Counted per
    /// history, not over the card: ten weeks of a tendon protocol's heel raises must not push the calf
    /// place's last session out of reach, or a frozen calf dose would have nothing to be held to. A set
    /// whose role was not kept counts in every history, as `LogHistory.of` counts it. Sessions are ordered
    /// as the rules group them, by the exercise's first set in each and then by session, so a year of log
    /// is never read into memory to find the last two.
    public func recentSets(exercise: String, sessions: Int) throws(StoreError) -> [SetRecord] {
        try recentSets(exercises: [exercise], sessions: sessions)
    }

    /// `recentSets(exercise:sessions:)` of each of `exercises` in turn, read in one transaction with two
    /// queries: a plan read asks for every exercise ahead, and two queries and a read transaction for each
    /// cost more than the rows they return. The lists go in as one JSON argument each (`json_each`), so
    /// each query keeps one text and stays prepared however many exercises are asked about.
    public func recentSets(exercises: [String], sessions: Int) throws(StoreError) -> [SetRecord] {
        guard !exercises.isEmpty else { return [] }
        let byExercise = try read("read the training log") { db -> [String: [SetRecord]] in
            // Each exercise's sessions newest first, each with the roles its sets had (one grouped pass over
            // the by-exercise index), ranked per history here with the log's own `LogHistory.Job`; then the
            // sets of the sessions taken.
            let newestFirst = try Self.decoded(db.cachedStatement(sql: """
                SELECT set_log.exercise_id, set_log.session_id, GROUP_CONCAT(DISTINCT COALESCE(set_log.role, ''))
                FROM set_log JOIN session ON session.id = set_log.session_id
                WHERE set_log.exercise_id IN (SELECT value FROM json_each(?)) AND session.preview = 0
                GROUP BY set_log.exercise_id, set_log.session_id
                ORDER BY set_log.exercise_id, MIN(set_log.started_at) DESC, set_log.session_id DESC
                """), [try Self.json(exercises)]) { (exercise: $0[0] as String, id: $0[1] as Int64, roles: ($0[2] as String?) ?? "") }
            let taken = Dictionary(grouping: newestFirst, by: \.exercise).flatMap { exercise, rows in
                Self.lastSessions(rows.map { ($0.id, $0.roles) }, sessions: sessions).map { SessionOfExercise(exercise: exercise, session: $0) }
            }
            guard !taken.isEmpty else { return [:] }
            let sets = try Self.decoded(db.cachedStatement(sql: """
                SELECT \(Self.setColumns) FROM set_log JOIN session ON session.id = set_log.session_id
                WHERE (set_log.exercise_id, set_log.session_id)
                    IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))
                ORDER BY set_log.started_at, set_log.session_id, set_log.id
                """), [try Self.json(taken)], Self.set)
            return Dictionary(grouping: sets, by: \.exerciseID)
        }
        // In the order asked, each exercise's sets oldest first, as one query per exercise gave them.
        var seen: Set<String> = []
        return exercises.filter { seen.insert($0).inserted }.flatMap { byExercise[$0] ?? [] }
    }

    /// An exercise and one session of it, as `[exercise, session]` in JSON.
    private struct SessionOfExercise: Encodable {
        let exercise: String
        let session: Int64
        func encode(to encoder: any Encoder) throws {
            var pair = encoder.unkeyedContainer()
            try pair.encode(exercise)
            try pair.encode(session)
        }
    }

    private static func json(_ value: some Encodable) throws -> String {
        try JSONText.encode(value, pretty: false)
    }

    /// The sessions to read of one exercise, from its sessions newest first with the roles each held: the
    /// last `sessions` of each history (`LogHistory.Job`).
    private static func lastSessions(_ newestFirst: [(id: Int64, roles: String)], sessions: Int) -> [Int64] {
        var taken: [LogHistory.Job: Int] = [:]
        var chosen: [Int64] = []
        for session in newestFirst {
            // A role this version does not know is read as none (`Store.set`): it counts in every history.
            let roles = session.roles.split(separator: ",", omittingEmptySubsequences: false).map { PlanItem.Role(rawValue: String($0)) }
            let jobs = Set(roles.flatMap { role in role.map { [LogHistory.Job($0)] } ?? LogHistory.Job.allCases })
            let wanted = jobs.filter { taken[$0, default: 0] < sessions }
            guard !wanted.isEmpty else { continue }
            for job in wanted { taken[job, default: 0] += 1 }
            chosen.append(session.id)
            if LogHistory.Job.allCases.allSatisfy({ taken[$0, default: 0] >= sessions }) { break }
        }
        return chosen
    }

    /// The sets of training (not previews) started at or after `since`, oldest first: what the safety
    /// gate reads for pain.
    public func trainingSets(since: WallTime) throws(StoreError) -> [SetRecord] {
        try fetchSets("WHERE set_log.started_at >= ? AND session.preview = 0", [since.secondsSince1970])
    }

    /// The pain reported at the sets of training (not previews) started at or after `since`, oldest first,
    /// with each set's exercise and start: `trainingSets(since:)` read for its pain alone. The safety gate
    /// reads this at every plan and session, and decoding a whole set was most of the cost.
    public func setPains(since: WallTime) throws(StoreError) -> [(exerciseID: String, startedAt: WallTime, pain: Int)] {
        try read("read the training log") { db in
            try Self.decoded(db.cachedStatement(sql: """
                SELECT set_log.exercise_id, set_log.pain, set_log.started_at, session.utc_offset
                FROM set_log JOIN session ON session.id = set_log.session_id
                WHERE set_log.started_at >= ? AND session.preview = 0 AND set_log.pain IS NOT NULL
                ORDER BY set_log.started_at, set_log.session_id, set_log.id
                """), [since.secondsSince1970]) { row in
                (exerciseID: row[0], startedAt: WallTime(secondsSince1970: row[2], utcOffsetSeconds: row[3]), pain: row[1])
            }
        }
    }

    /// Every set in the log, oldest first (for exports).
    public func allSets() throws(StoreError) -> [SetRecord] {
        try fetchSets("", [])
    }

    // MARK: - Rows

    private func fetchSets(_ filter: String, _ arguments: StatementArguments) throws(StoreError) -> [SetRecord] {
        try read("read the training log") { db in
            // A set's times carry its session's UTC offset: the runner was in one place per session.
            // Cached: the safety gate, the progress views and the log's readers ask these few questions
            // again and again, and preparing one costs more than running it.
            try Self.decoded(db.cachedStatement(sql: """
                SELECT \(Self.setColumns) FROM set_log JOIN session ON session.id = set_log.session_id
                \(filter) ORDER BY set_log.started_at, set_log.session_id, set_log.id
                """), arguments, Self.set)
        }
    }

    /// The rows of `statement`, each decoded while the statement stands on it: its columns are read
    /// straight from SQLite, where a copied row (`Row.fetchAll`) decodes each value through generic
    /// conversions that cost a plan read more than running its queries.
    static func decoded<T>(_ statement: Statement, _ arguments: StatementArguments, _ decode: (Row) -> T) throws -> [T] {
        var values: [T] = []
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try rows.next() { values.append(decode(row)) }
        return values
    }

    /// The columns `session(_:)` reads, in the order it reads them: rows are read by position, not by
    /// name (a name is looked up case-insensitively, which cost a plan read more than running its queries).
    static let sessionColumns = "session.id, session.kind, session.title, session.started_at, session.ended_at, session.status, "
        + "session.planned_seconds, session.notes, session.preview, session.utc_offset"

    /// A session row selected as `sessionColumns`.
    static func session(_ row: Row) -> SessionRecord {
        let offset: Int = row[9]
        return SessionRecord(
            id: row[0],
            kind: SessionRecord.Kind(rawValue: row[1]) ?? .strength,
            title: row[2],
            startedAt: WallTime(secondsSince1970: row[3], utcOffsetSeconds: offset),
            endedAt: (row[4] as Int64?).map { WallTime(secondsSince1970: $0, utcOffsetSeconds: offset) },
            status: SessionRecord.Status(rawValue: row[5]) ?? .inProgress,
            plannedSeconds: row[6],
            notes: row[7],
            preview: (row[8] as Int?) == 1)
    }

    /// The columns `set(_:)` reads, in its order (a set's times carry its session's UTC offset): selected
    /// from `set_log JOIN session`.
    static let setColumns = "set_log.session_id, set_log.exercise_id, set_log.set_number, set_log.side, set_log.reps, set_log.seconds, "
        + "set_log.load_kg, set_log.rir, set_log.pain, set_log.started_at, set_log.ended_at, set_log.notes, set_log.role, session.utc_offset"

    /// A set row selected as `setColumns`.
    static func set(_ row: Row) -> SetRecord {
        let offset: Int = row[13]
        return SetRecord(
            sessionID: row[0],
            exerciseID: row[1],
            setNumber: row[2],
            side: SetRecord.Side(rawValue: row[3]) ?? .both,
            reps: row[4],
            seconds: row[5],
            loadKg: row[6],
            rir: row[7],
            pain: row[8],
            startedAt: WallTime(secondsSince1970: row[9], utcOffsetSeconds: offset),
            endedAt: WallTime(secondsSince1970: row[10], utcOffsetSeconds: offset),
            notes: row[11],
            role: (row[12] as String?).flatMap(PlanItem.Role.init(rawValue:)))
    }

    static func validate(_ sets: [SetRecord]) throws(StoreError) {
        for set in sets where !set.problems.isEmpty {
            throw .invalidRecord(what: "set \(set.setNumber) of \(set.exerciseID.isEmpty ? "?" : set.exerciseID)",
                                 problems: set.problems)
        }
    }

    static func delete(_ sets: [SetRecord], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            DELETE FROM set_log WHERE session_id = ? AND exercise_id = ? AND set_number = ? AND side = ?
            """)
        for set in sets {
            try statement.execute(arguments: [set.sessionID, set.exerciseID, set.setNumber, set.side.rawValue])
        }
    }

    static func insert(_ sets: [SetRecord], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO set_log (session_id, exercise_id, set_number, side, reps, seconds, load_kg, rir, pain,
                                 started_at, ended_at, notes, role)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (session_id, exercise_id, set_number, side) DO UPDATE SET
                reps = excluded.reps, seconds = excluded.seconds, load_kg = excluded.load_kg,
                rir = excluded.rir, pain = excluded.pain, started_at = excluded.started_at,
                ended_at = excluded.ended_at, notes = excluded.notes, role = excluded.role
            """)
        var knownSessions: Set<Int64> = []
        for set in sets {
            if !knownSessions.contains(set.sessionID) {
                guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM session WHERE id = ?"), arguments: [set.sessionID]) == true else {
                    throw StoreError.unknownSession(id: set.sessionID)
                }
                knownSessions.insert(set.sessionID)
            }
            try statement.execute(arguments: [
                set.sessionID, set.exerciseID, set.setNumber, set.side.rawValue, set.reps, set.seconds, set.loadKg,
                set.rir, set.pain, set.startedAt.secondsSince1970, set.endedAt.secondsSince1970, set.notes,
                set.role?.rawValue,
            ])
        }
    }

    static func finish(id: Int64, status: SessionRecord.Status, endedAt: WallTime, notes: String?,
                       _ db: Database) throws {
        try db.execute(sql: """
            UPDATE session SET status = ?, ended_at = ?, notes = COALESCE(?, notes) WHERE id = ?
            """, arguments: [status.rawValue, endedAt.secondsSince1970, notes, id])
        if db.changesCount == 0 { throw StoreError.unknownSession(id: id) }
    }
}
