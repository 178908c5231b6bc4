import Foundation
import GRDB
import LegworkKit

/// What a restore wrote.
public struct RestoreOutcome: Hashable, Sendable {
    public var sessions = 0
    public var sets = 0
    public var documents = 0
    public var cards = 0
    public var strengthChecks = 0
    public var runs = 0
    public var routines = 0
    public init() {}
}

extension Store {
    /// Everything in the store as one backup, read in one transaction (a consistent snapshot).
    public func backup(exportedAt: WallTime? = nil) throws(BackupError) -> Backup {
        let raw: (documents: [(String, String)], sessions: [SessionRecord], sets: [SetRecord])
        do {
            raw = try read("read everything for a backup") { db in
                let documents = try Row.fetchAll(db, sql: "SELECT key, json FROM document ORDER BY key")
                    .map { ($0[0] as String, $0[1] as String) }
                let sessions = try Row.fetchAll(db, sql: "SELECT \(Self.sessionColumns) FROM session ORDER BY started_at, id").map(Self.session)
                let sets = try Row.fetchAll(db, sql: """
                    SELECT \(Self.setColumns) FROM set_log JOIN session ON session.id = set_log.session_id
                    ORDER BY set_log.started_at, set_log.session_id, set_log.id
                    """).map(Self.set)
                return (documents, sessions, sets)
            }
        } catch {
            throw .store(error)
        }
        var documents: [String: BackupJSONValue] = [:]
        for (key, json) in raw.documents {
            do {
                documents[key] = try BackupJSONValue.parse(json)
            } catch {
                throw .store(.unreadableDocument(key: key, path: label, detail: Self.describe(error)))
            }
        }
        let cards: [ExerciseCard], checks: [StrengthCheck], runs: [RunRecord], routines: [StoredRoutine]
        do {
            cards = try importedCards(); checks = try strengthChecks(); runs = try self.runs(); routines = try self.routines()
        } catch { throw .store(error) }
        return Backup(exportedAt: exportedAt, documents: documents, importedCards: cards,
                      sessions: LoggedSession.group(sessions: raw.sessions, sets: raw.sets), strengthChecks: checks, runs: runs,
                      routines: routines)
    }

    /// Restores a backup in one transaction: all of it or nothing.
    ///
    /// Never overwrites silently: when the store already holds sessions, documents or imported cards
    /// it throws `.storeHasData` unless `replace` is true, which first removes everything. Session ids
    /// are kept, so sets stay with their sessions and a backup of the restored store is identical.
    @discardableResult
    public func restore(_ backup: Backup, replace: Bool, source: String = "the backup") throws(BackupError) -> RestoreOutcome {
        // Check and encode everything before the transaction so a bad record changes nothing.
        var documents: [(String, String)] = []
        for (key, value) in backup.documents.sorted(by: { $0.key < $1.key }) {
            do { documents.append((key, try value.text())) } catch {
                throw .invalid(source: source, problem: "document \(key): \(error)")
            }
        }
        var cards: [(id: String, source: String, json: String)] = []
        for card in backup.importedCards {
            guard !card.id.isEmpty else { throw .invalid(source: source, problem: "an imported card has an empty id") }
            do {
                cards.append((card.id, card.source ?? "backup", try Self.encode(card, key: DocumentKey("imported card \(card.id)"))))
            } catch {
                throw .invalid(source: source, problem: error.description)
            }
        }
        var sessionIDs = Set<Int64>()
        for entry in backup.sessions {
            let s = entry.session
            guard sessionIDs.insert(s.id).inserted else { throw .invalid(source: source, problem: "session \(s.id) appears twice") }
            guard s.plannedSeconds >= 0 else { throw .invalid(source: source, problem: "session \(s.id) has negative planned seconds") }
            // The log keeps one row per set (session, exercise, set number, side): a second one would
            // replace the first while the summary counted both.
            var seen = Set<String>()
            for set in entry.sets {
                guard seen.insert("\(set.exerciseID) \(set.setNumber) \(set.side.rawValue)").inserted else {
                    throw .invalid(source: source, problem: "set \(set.setNumber) of \(set.exerciseID) appears twice in session \(s.id)")
                }
                if set.sessionID != s.id {
                    throw .invalid(source: source, problem: "a set of \(set.exerciseID) is listed under session \(s.id) but names session \(set.sessionID)")
                }
                if !set.problems.isEmpty {
                    throw .invalid(source: source, problem: "set \(set.setNumber) of \(set.exerciseID) in session \(s.id): \(set.problems.joined(separator: ", "))")
                }
            }
        }
        let checks = backup.strengthChecks ?? []
        if let date = Dictionary(grouping: checks, by: \.date).first(where: { $0.value.count > 1 })?.key {
            throw .invalid(source: source, problem: "the strength check of \(date) appears twice")
        }
        if let problem = checks.flatMap(\.scores).flatMap(\.problems).first {
            throw .invalid(source: source, problem: "strength check: \(problem)")
        }
        var runIDs = Set<Int64>()
        for run in backup.runs {
            if let id = run.id, !runIDs.insert(id).inserted { throw .invalid(source: source, problem: "run \(id) appears twice") }
            let problems = run.problems + (run.sourceID.isEmpty ? ["it has no source id"] : [])
            if !problems.isEmpty { throw .invalid(source: source, problem: "the run of \(run.date): \(problems.joined(separator: ", "))") }
        }
        let routines = backup.routines ?? []
        var routineNames = Set<String>()
        for routine in routines {
            guard !routine.name.trimmingCharacters(in: .whitespaces).isEmpty else { throw .invalid(source: source, problem: "a routine has no name") }
            guard routineNames.insert(routine.name.lowercased()).inserted else {
                throw .invalid(source: source, problem: "the routine \"\(routine.name)\" appears twice")
            }
        }
        let path = label
        var outcome = RestoreOutcome()
        let refused: (sessions: Int, documents: Int, cards: Int, runs: Int)?
        do {
            refused = try write("restore a backup") { db -> (sessions: Int, documents: Int, cards: Int, runs: Int)? in
                let counts = (
                    sessions: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM session") ?? 0,
                    documents: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0,
                    cards: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM imported_card") ?? 0,
                    runs: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM run") ?? 0)
                // Strength checks are the runner's data too: a store holding only those is not empty.
                let storedChecks = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM strength_check") ?? 0
                let storedRoutines = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM routine") ?? 0
                if counts.sessions + counts.documents + counts.cards + counts.runs + storedChecks + storedRoutines > 0 {
                    guard replace else { return counts }
                    try db.execute(sql: "DELETE FROM set_log; DELETE FROM session; DELETE FROM document; DELETE FROM imported_card; DELETE FROM run")
                    try db.execute(sql: "DELETE FROM strength_check; DELETE FROM routine")
                }
                for routine in routines {
                    try db.execute(sql: "INSERT INTO routine (name, text, updated_at) VALUES (?, ?, \(Self.nowSQL))", arguments: [routine.name, routine.text])
                }
                for (key, json) in documents {
                    try db.execute(sql: "INSERT INTO document (key, json, updated_at) VALUES (?, ?, \(Self.nowSQL))", arguments: [key, json])
                }
                for card in cards {
                    try db.execute(sql: "INSERT INTO imported_card (id, source, json, imported_at) VALUES (?, ?, ?, \(Self.nowSQL))",
                                   arguments: [card.id, card.source, card.json])
                }
                let insertSession = try db.cachedStatement(sql: """
                    INSERT INTO session (id, kind, title, started_at, utc_offset, ended_at, status, planned_seconds, notes, preview)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for entry in backup.sessions {
                    let s = entry.session
                    try insertSession.execute(arguments: [
                        s.id, s.kind.rawValue, s.title, s.startedAt.secondsSince1970, s.startedAt.utcOffsetSeconds,
                        s.endedAt?.secondsSince1970, s.status.rawValue, s.plannedSeconds, s.notes, s.preview,
                    ])
                }
                for entry in backup.sessions { try Self.insert(entry.sets, db) }
                for check in checks { try Self.insert(check, db, replacing: true) }
                for run in backup.runs { try Self.insert(run, db, id: run.id) }
                return nil
            }
        } catch {
            throw .store(error)
        }
        if let refused {
            throw .storeHasData(path: path, sessions: refused.sessions, documents: refused.documents, cards: refused.cards, runs: refused.runs)
        }
        outcome.sessions = backup.sessions.count
        outcome.sets = backup.sessions.reduce(0) { $0 + $1.sets.count }
        outcome.documents = documents.count
        outcome.cards = cards.count
        outcome.strengthChecks = checks.count
        outcome.runs = backup.runs.count
        outcome.routines = routines.count
        return outcome
    }
}
