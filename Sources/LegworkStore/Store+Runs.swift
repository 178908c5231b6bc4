import Foundation
import GRDB
import LegworkKit

/// What storing a batch of runs did.
public struct RunImportOutcome: Hashable, Sendable {
    /// Runs not held before.
    public var added = 0
    /// Runs whose source and source id the store already held: left as they were.
    public var alreadyHeld = 0
    public init() {}
}

extension Store {
    /// The runs from `from` through `through` (both optional), oldest first.
    public func runs(from: CalendarDate? = nil, through: CalendarDate? = nil) throws(StoreError) -> [RunRecord] {
        try read("read runs") { db in
            var clauses: [String] = [], arguments: [any DatabaseValueConvertible] = []
            if let from { clauses.append("date >= ?"); arguments.append(from.description) }
            if let through { clauses.append("date <= ?"); arguments.append(through.description) }
            let sql = "SELECT * FROM run" + (clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND "))
                + " ORDER BY date, id"
            // Cached (one statement per shape of the question): every plan read asks for the recent runs.
            return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)).map(Self.run)
        }
    }

    /// One run by its id, or nil.
    public func run(id: Int64) throws(StoreError) -> RunRecord? {
        try read("read a run") { db in try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [id]).map(Self.run) }
    }

    /// Stores one run the runner typed and returns it with its id. A run without a source id gets
    /// "manual-ID", so each typed run is its own.
    @discardableResult
    public func addRun(_ run: RunRecord) throws(StoreError) -> RunRecord {
        try Self.check(run)
        return try write("save a run") { db in
            var saved = run
            try Self.insert(run, db, id: nil)
            saved.id = db.lastInsertedRowID
            if run.sourceID.isEmpty {
                saved.sourceID = "\(run.source)-\(db.lastInsertedRowID)"
                try db.execute(sql: "UPDATE run SET source_id = ? WHERE id = ?", arguments: [saved.sourceID, db.lastInsertedRowID])
            }
            return saved
        }
    }

    /// Stores imported runs in one transaction. A run whose source and source id are already held is left
    /// as it was (importing the same file again adds nothing).
    @discardableResult
    public func importRuns(_ runs: [RunRecord]) throws(StoreError) -> RunImportOutcome {
        for run in runs {
            try Self.check(run)
            if run.sourceID.isEmpty { throw .invalidRecord(what: "the run of \(run.date)", problems: ["it has no activity id"]) }
        }
        return try write("save imported runs") { db in
            var outcome = RunImportOutcome()
            let insert = try db.cachedStatement(sql: """
                INSERT INTO run (date, metres, seconds, kind, pain, cadence, source, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source, source_id) DO NOTHING
                """)
            for run in runs {
                try insert.execute(arguments: [run.date.description, run.metres, run.seconds, run.kind.rawValue, run.pain, run.cadence,
                                               run.source, run.sourceID])
                if db.changesCount > 0 { outcome.added += 1 } else { outcome.alreadyHeld += 1 }
            }
            return outcome
        }
    }

    /// Replaces the stored run with `run.id`; false when no run has that id.
    @discardableResult
    public func updateRun(_ run: RunRecord) throws(StoreError) -> Bool {
        guard let id = run.id else { return false }
        try Self.check(run)
        return try write("change a run") { db in
            try db.execute(sql: "UPDATE run SET date = ?, metres = ?, seconds = ?, kind = ?, pain = ? WHERE id = ?",
                           arguments: [run.date.description, run.metres, run.seconds, run.kind.rawValue, run.pain, id])
            return db.changesCount > 0
        }
    }

    /// Removes the run with `id`; false when there was none.
    @discardableResult
    public func deleteRun(id: Int64) throws(StoreError) -> Bool {
        try write("delete a run") { db in
            try db.execute(sql: "DELETE FROM run WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    static func check(_ run: RunRecord) throws(StoreError) {
        if !run.problems.isEmpty {
            throw .invalidRecord(what: "the run of \(run.date)", problems: run.problems)
        }
    }

    /// Inserts `run`, keeping `id` when given (a restore keeps ids so "delete ID" still means the same run).
    static func insert(_ run: RunRecord, _ db: Database, id: Int64?) throws {
        try db.execute(sql: "INSERT INTO run (id, date, metres, seconds, kind, pain, cadence, source, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       arguments: [id, run.date.description, run.metres, run.seconds, run.kind.rawValue, run.pain, run.cadence, run.source, run.sourceID])
    }

    static func run(_ row: Row) throws -> RunRecord {
        let dateText: String = row["date"], kindText: String = row["kind"]
        guard let date = CalendarDate(text: dateText), let kind = RunKind(rawValue: kindText) else {
            throw StoreError.invalidRecord(what: "run \(row["id"] as Int64)", problems: ["its date or kind cannot be read"])
        }
        return RunRecord(id: row["id"], date: date, metres: row["metres"], seconds: row["seconds"], kind: kind, pain: row["pain"],
                         source: row["source"], sourceID: row["source_id"], cadence: row["cadence"])
    }
}
