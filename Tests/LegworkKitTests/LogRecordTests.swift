import Foundation
import LegworkKit
import Testing

@Suite("Log: wall times and records")
struct LogRecordTests {
    @Test(arguments: [
        (Int64(0), 0, "1970-01-01T00:00:00Z"),
        (1_740_814_200, 3600, "2025-03-01T08:30:00+01:00"),
        (1_740_814_200, -5 * 3600 - 1800, "2025-03-01T02:00:00-05:30"),
        (951_782_400, 0, "2000-02-29T00:00:00Z"),
        (-1, 0, "1969-12-31T23:59:59Z"),
    ])
    func iso8601RoundTrip(seconds: Int64, offset: Int, text: String) throws {
        let time = WallTime(secondsSince1970: seconds, utcOffsetSeconds: offset)
        #expect(time.iso8601 == text)
        #expect(WallTime(iso8601: text) == time)
    }

    @Test func localFieldsFollowTheOffset() {
        // 23:30 UTC on Dec 31 is already Jan 1 in Berlin.
        let time = WallTime(year: 2024, month: 12, day: 31, hour: 23, minute: 30)
        #expect(time.localDateText == "2024-12-31")
        let berlin = WallTime(secondsSince1970: time.secondsSince1970, utcOffsetSeconds: 3600)
        #expect(berlin.localDateText == "2025-01-01")
        #expect(berlin.localDaysSince1970 == time.localDaysSince1970 + 1)
        #expect(berlin.local == WallTime.LocalFields(year: 2025, month: 1, day: 1, hour: 0, minute: 30, second: 0))
    }

    @Test(arguments: ["2025-02-29T00:00:00Z", "2025-13-01T00:00:00Z", "2025-03-01T24:00:00Z", "2025-03-01T08:30:00",
                      "2025-03-01T08:30:00+0100", "yesterday"])
    func rejectsMalformedTimes(text: String) {
        #expect(WallTime(iso8601: text) == nil)
    }

    @Test func recordsRoundTripThroughJSON() throws {
        let start = WallTime(year: 2025, month: 3, day: 1, hour: 7, utcOffsetSeconds: 3600)
        let session = SessionRecord(id: 4, kind: .strength, title: "Strength A", startedAt: start,
                                    endedAt: start.adding(seconds: 1800), status: .completed, plannedSeconds: 1800)
        let set = SetRecord(sessionID: 4, exerciseID: "step_up", setNumber: 2, side: .left, reps: 8, loadKg: 12.5,
                            rir: 2, pain: 1, startedAt: start.adding(seconds: 60), endedAt: start.adding(seconds: 95))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let sessionJSON = String(decoding: try encoder.encode(session), as: UTF8.self)
        #expect(sessionJSON.contains(#""startedAt":"2025-03-01T07:00:00+01:00""#))
        #expect(sessionJSON.contains(#""status":"completed""#))
        #expect(try JSONDecoder().decode(SessionRecord.self, from: Data(sessionJSON.utf8)) == session)
        #expect(try JSONDecoder().decode(SetRecord.self, from: try encoder.encode(set)) == set)
        #expect(session.elapsedSeconds == 1800)
    }

    @Test func setProblems() {
        let t = WallTime(secondsSince1970: 100)
        #expect(SetRecord(sessionID: 1, exerciseID: "x", setNumber: 1, reps: 10, startedAt: t, endedAt: t).problems.isEmpty)
        let bad = SetRecord(sessionID: 1, exerciseID: "", setNumber: 0, reps: -1, loadKg: -2, rir: 11, pain: 12,
                            startedAt: t, endedAt: t.adding(seconds: -1))
        #expect(bad.problems == ["exercise id is empty", "set number 0 is below 1",
                                 "reps done cannot be negative (-1): enter 0 for a side you skipped",
                                 "load must be 0 kg or more, not -2: leave it empty for body weight",
                                 "reps in reserve 11 is not between 0 and 10",
                                 "pain 12 is not between 0 and 10", "it ends before it starts"])
    }

    /// The store checks the same `LogLimits` as the form: 812 reps, 1000 kg, an infinite load and a
    /// 2-hour hold are refused.
    @Test(arguments: [
        (SetRecord(sessionID: 1, exerciseID: "x", setNumber: 1, reps: 812, startedAt: WallTime(secondsSince1970: 0), endedAt: WallTime(secondsSince1970: 0)),
         "reps done must be 0–100, not 812: type one number per field (Tab moves to the next)"),
        (SetRecord(sessionID: 1, exerciseID: "x", setNumber: 1, loadKg: 1000, startedAt: WallTime(secondsSince1970: 0), endedAt: WallTime(secondsSince1970: 0)),
         "load must be at most 500 kg, not 1000"),
        (SetRecord(sessionID: 1, exerciseID: "x", setNumber: 1, loadKg: .infinity, startedAt: WallTime(secondsSince1970: 0), endedAt: WallTime(secondsSince1970: 0)),
         "load must be a number of kilograms, not inf: leave it empty for body weight"),
        (SetRecord(sessionID: 1, exerciseID: "x", setNumber: 1, seconds: 7200, startedAt: WallTime(secondsSince1970: 0), endedAt: WallTime(secondsSince1970: 0)),
         "seconds held must be 0–3600, not 7200"),
    ])
    func setLimitsAreLogLimits(record: SetRecord, problem: String) {
        #expect(record.problems == [problem])
    }

    @Test func aLogEntryChecksTheSameLimits() {
        #expect(throws: SessionError.tooManyReps(812)) { try ExerciseLogEntry(repsPerSide: [812], repsInReserve: 2, pain: 0) }
        #expect(throws: SessionError.loadOutOfRange(1000)) { try ExerciseLogEntry(repsPerSide: [8], loadKg: 1000, repsInReserve: 2, pain: 0) }
        #expect(throws: SessionError.loadOutOfRange(.infinity)) { try ExerciseLogEntry(repsPerSide: [8], loadKg: .infinity, repsInReserve: 2, pain: 0) }
        #expect(throws: Never.self) { try ExerciseLogEntry(repsPerSide: [100, 0], loadKg: 500, repsInReserve: 2, pain: 0) }
    }
}
