import GRDB
import LegworkKit

extension Store {
    /// The training log reduced for the history screen: one digest per session (sets counted, minutes)
    /// and one point per exercise and session (maximum load, reps, seconds and pain). Two aggregate
    /// queries in one read transaction, so ten years of sessions open in milliseconds.
    public func historyData() throws(StoreError) -> HistoryData {
        try read("read the training log") { db in
            var sessions: [SessionDigest] = []
            var days: [Int64: Int64] = [:]
            let sessionRows = try Row.fetchCursor(db, sql: """
                SELECT session.id, session.kind, session.status, session.started_at, session.utc_offset, session.ended_at,
                       COALESCE(counts.n, 0)
                FROM session LEFT JOIN (SELECT session_id, COUNT(*) AS n FROM set_log GROUP BY session_id) AS counts
                     ON counts.session_id = session.id
                ORDER BY session.started_at, session.id
                """)
            while let row = try sessionRows.next() {
                let id: Int64 = row[0]
                let start: Int64 = row[3]
                let ended: Int64? = row[5]
                let day = WallTime(secondsSince1970: start, utcOffsetSeconds: row[4]).localDaysSince1970
                days[id] = day
                sessions.append(SessionDigest(
                    id: id, kind: SessionRecord.Kind(rawValue: row[1]) ?? .strength,
                    status: SessionRecord.Status(rawValue: row[2]) ?? .inProgress, day: day, sets: row[6],
                    minutes: ended.map { Int(max(0, $0 - start) / 60) } ?? 0))
            }
            var exercises: [String: [ExercisePoint]] = [:]
            let pointRows = try Row.fetchCursor(db, sql: """
                SELECT session_id, exercise_id, MAX(load_kg), MAX(reps), MAX(seconds), MAX(pain), MIN(started_at) AS first
                FROM set_log GROUP BY session_id, exercise_id ORDER BY first, session_id
                """)
            while let row = try pointRows.next() {
                let sessionID: Int64 = row[0]
                exercises[row[1], default: []].append(ExercisePoint(
                    sessionID: sessionID, day: days[sessionID] ?? 0, loadKg: row[2], reps: row[3], seconds: row[4], pain: row[5]))
            }
            return HistoryData(sessions: sessions, exercises: exercises)
        }
    }
}
