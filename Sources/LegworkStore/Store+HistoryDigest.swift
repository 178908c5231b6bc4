import GRDB
import LegworkKit

extension Store {
    /// The training log reduced for the history screen: one digest per session (sets counted, minutes)
    /// and one point per exercise and session (maximum load, reps, seconds and pain).
    ///
    /// One read transaction with two plain scans, summed up here rather than with GROUP BY: SQLite
    /// would look every set up through the unique index, which costs more than reading the table once
    /// (ten years of sessions open in a few tens of milliseconds; scripts/bench-history).
    public func historyData() throws(StoreError) -> HistoryData {
        try read("read the training log") { db in
            var sessions: [SessionDigest] = []
            var index: [Int64: Int] = [:]
            let sessionRows = try Row.fetchCursor(db, sql: """
                SELECT id, kind, status, started_at, utc_offset, ended_at FROM session WHERE preview = 0 ORDER BY started_at, id
                """)
            while let row = try sessionRows.next() {
                let id: Int64 = row[0]
                let start: Int64 = row[3]
                let ended: Int64? = row[5]
                index[id] = sessions.count
                sessions.append(SessionDigest(
                    id: id, kind: SessionRecord.Kind(rawValue: row[1]) ?? .strength,
                    status: SessionRecord.Status(rawValue: row[2]) ?? .inProgress,
                    day: WallTime(secondsSince1970: start, utcOffsetSeconds: row[4]).localDaysSince1970, sets: 0,
                    minutes: ended.map { Int(max(0, $0 - start) / 60) } ?? 0))
            }
            // Per exercise (by slot): its points, and where each session's point is.
            var slots: [String: Int] = [:]
            var points: [[ExercisePoint]] = []
            var at: [[Int64: Int]] = []
            let setRows = try Row.fetchCursor(db, sql: "SELECT session_id, exercise_id, load_kg, reps, seconds, pain FROM set_log")
            while let row = try setRows.next() {
                let sessionID: Int64 = row[0]
                guard let s = index[sessionID] else { continue }
                sessions[s].sets += 1
                let exercise: String = row[1]
                let load: Double? = row[2], reps: Int? = row[3], seconds: Int? = row[4], pain: Int? = row[5]
                let slot: Int
                if let known = slots[exercise] {
                    slot = known
                } else {
                    slot = points.count
                    slots[exercise] = slot
                    points.append([])
                    at.append([:])
                }
                if let p = at[slot][sessionID] {
                    points[slot][p].loadKg = Self.larger(points[slot][p].loadKg, load)
                    points[slot][p].reps = Self.larger(points[slot][p].reps, reps)
                    points[slot][p].seconds = Self.larger(points[slot][p].seconds, seconds)
                    points[slot][p].pain = Self.larger(points[slot][p].pain, pain)
                } else {
                    at[slot][sessionID] = points[slot].count
                    points[slot].append(ExercisePoint(sessionID: sessionID, day: sessions[s].day, loadKg: load, reps: reps,
                                                      seconds: seconds, pain: pain))
                }
            }
            var exercises: [String: [ExercisePoint]] = [:]
            for (exercise, slot) in slots {
                exercises[exercise] = points[slot].sorted { (index[$0.sessionID] ?? 0) < (index[$1.sessionID] ?? 0) }
            }
            return HistoryData(sessions: sessions, exercises: exercises)
        }
    }

    private static func larger<T: Comparable>(_ a: T?, _ b: T?) -> T? {
        guard let a else { return b }
        guard let b else { return a }
        return max(a, b)
    }
}
