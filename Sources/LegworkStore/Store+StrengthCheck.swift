import GRDB
import LegworkKit

extension Store {
    /// Saves a strength check in one transaction; a check already saved that day is replaced by it.
    public func saveStrengthCheck(_ check: StrengthCheck) throws(StoreError) {
        let problems = check.scores.flatMap(\.problems)
        guard problems.isEmpty else { throw .invalidRecord(what: "strength check of \(check.date)", problems: problems) }
        try write("save a strength check") { db in try Self.insert(check, db, replacing: true) }
    }

    /// Every strength check, oldest first.
    public func strengthChecks() throws(StoreError) -> [StrengthCheck] {
        let rows = try read("read the strength checks") { db in
            // Cached: every plan read asks (`AppContext.measured`).
            try Row.fetchAll(db.cachedStatement(sql: "SELECT day, test, side, value FROM strength_check ORDER BY day"))
                .map { ($0[0] as String, $0[1] as String, $0[2] as String, $0[3] as Int) }
        }
        var checks: [StrengthCheck] = []
        for (day, test, side, value) in rows {
            guard let date = CalendarDate(text: day), let test = CheckTest(rawValue: test) else {
                throw .unreadableDocument(key: "strength check \(day) \(test)", path: label, detail: "not a day or a test this version knows")
            }
            if checks.last?.date != date { checks.append(StrengthCheck(date: date)) }
            checks[checks.count - 1].record(test, side: Side(rawValue: side), value: value)
        }
        return checks
    }

    /// Writes `check`'s rows inside a transaction (a save or a restore).
    static func insert(_ check: StrengthCheck, _ db: Database, replacing: Bool) throws {
        let day = check.date.description
        if replacing { try db.execute(sql: "DELETE FROM strength_check WHERE day = ?", arguments: [day]) }
        for score in check.scores {
            for (side, value) in [("left", score.left), ("right", score.right), ("both", score.both)] {
                guard let value else { continue }
                try db.execute(sql: "INSERT INTO strength_check (day, test, side, value) VALUES (?, ?, ?, ?)",
                               arguments: [day, score.test.rawValue, side, value])
            }
        }
    }
}
