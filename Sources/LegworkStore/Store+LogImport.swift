import GRDB
import LegworkKit

/// What storing imported workouts did.
public struct LogImportOutcome: Hashable, Sendable {
    public var added = 0
    /// Workouts the log already held (same title, start in the same minute).
    public var alreadyHeld = 0
    public var sets = 0
    public init() {}
}

extension Store {
    /// Stores workouts read from a training-log CSV as completed strength sessions with their sets, all
    /// in one transaction. A workout the log already holds — the same title starting in the same minute
    /// (Hevy writes minutes only) — is left as it was, so importing a file again adds nothing.
    public func importWorkouts(_ workouts: [ImportedWorkout], source: String) throws(StoreError) -> LogImportOutcome {
        for workout in workouts {
            try Self.validate(workout.records(sessionID: 0))
        }
        return try write("save imported workouts") { db in
            var outcome = LogImportOutcome()
            for workout in workouts {
                let minute = Self.floorMinute(workout.startedAt.secondsSince1970)
                let held = try Bool.fetchOne(db, sql: """
                    SELECT 1 FROM session WHERE title = ? AND started_at >= ? AND started_at < ?
                    """, arguments: [workout.title, minute, minute + 60]) ?? false
                if held { outcome.alreadyHeld += 1; continue }
                let end = workout.endedAt ?? workout.startedAt
                // Where it came from, once (a file Legwork wrote already says it).
                let marker = "imported from \(source)"
                let notes = workout.notes?.contains("imported from ") == true ? workout.notes : [workout.notes, marker].compactMap { $0 }.joined(separator: "\n")
                try db.execute(sql: """
                    INSERT INTO session (kind, title, started_at, utc_offset, status, ended_at, planned_seconds, notes, preview)
                    VALUES ('strength', ?, ?, ?, 'completed', ?, ?, ?, 0)
                    """, arguments: [workout.title, workout.startedAt.secondsSince1970, workout.startedAt.utcOffsetSeconds,
                                     end.secondsSince1970, max(0, end.secondsSince1970 - workout.startedAt.secondsSince1970), notes])
                let sets = workout.records(sessionID: db.lastInsertedRowID)
                try Self.insert(sets, db)
                outcome.added += 1
                outcome.sets += sets.count
            }
            return outcome
        }
    }

    static func floorMinute(_ seconds: Int64) -> Int64 {
        seconds >= 0 ? seconds / 60 * 60 : (seconds - 59) / 60 * 60
    }
}
