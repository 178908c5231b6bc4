import Foundation
import Testing
@testable import LegworkKit

@Suite struct ProgressLogExportTests {
    static let session = SessionRecord(id: 7, kind: .strength, title: "Strength A, \"hills\" week", startedAt: WallTime(year: 2025, month: 3, day: 1, hour: 7, minute: 30, utcOffsetSeconds: 3600),
                                       endedAt: WallTime(year: 2025, month: 3, day: 1, hour: 8, utcOffsetSeconds: 3600), status: .completed, plannedSeconds: 1800)
    static let sets: [SetRecord] = [
        SetRecord(sessionID: 7, exerciseID: "split_squat", setNumber: 1, side: .left, reps: 10, loadKg: 12.5, rir: 2, pain: 1,
                  startedAt: WallTime(year: 2025, month: 3, day: 1, hour: 7, minute: 35, utcOffsetSeconds: 3600),
                  endedAt: WallTime(year: 2025, month: 3, day: 1, hour: 7, minute: 36, utcOffsetSeconds: 3600),
                  notes: "knee, a little\nthen fine"),
        SetRecord(sessionID: 7, exerciseID: "side_plank", setNumber: 1, seconds: 30,
                  startedAt: WallTime(year: 2025, month: 3, day: 1, hour: 7, minute: 40, utcOffsetSeconds: 3600),
                  endedAt: WallTime(year: 2025, month: 3, day: 1, hour: 7, minute: 41, utcOffsetSeconds: 3600)),
    ]

    @Test func csvHasTheColumnsAndParsesBack() throws {
        let text = LogCSV.text(sets: Self.sets, sessions: [7: Self.session])
        #expect(text.hasPrefix("date,session,exercise,set,side,weight_kg,reps,seconds,rir,pain,notes,session_id,session_start\r\n"))
        let rows = try LogCSV.parse(text)
        #expect(rows.count == 3)
        #expect(rows[1] == ["2025-03-01T07:35:00+01:00", "Strength A, \"hills\" week", "split_squat", "1", "left", "12.5", "10", "",
                            "2", "1", "knee, a little\nthen fine", "7", "2025-03-01T07:30:00+01:00"])
        #expect(rows[2] == ["2025-03-01T07:40:00+01:00", "Strength A, \"hills\" week", "side_plank", "1", "both", "", "", "30", "", "", "",
                            "7", "2025-03-01T07:30:00+01:00"])
        #expect(rows.allSatisfy { $0.count == LogCSV.columns.count })
    }

    @Test(arguments: ["plain", "a,b", "say \"hi\"", "two\r\nlines", ""])
    func fieldsRoundTrip(value: String) throws {
        #expect(try LogCSV.parse(LogCSV.row(["x", value, "y"])) == [["x", value, "y"]])
    }

    @Test func brokenCSVSaysWhere() {
        #expect(throws: CSVError(line: 2, problem: "a quoted field is never closed")) { try LogCSV.parse("a,b\r\n\"open,c\r\n") }
        #expect(throws: CSVError(line: 1, problem: "text after a closing quote")) { try LogCSV.parse("\"a\"b,c\r\n") }
    }

    @Test func historyJSONDecodesToTheSameSessions() throws {
        let history = HistoryJSON(sessions: LoggedSession.group(sessions: [Self.session], sets: Self.sets))
        let text = try history.encoded()
        #expect(text.contains("\"format\" : \"legwork-history\""))
        #expect(text.contains("\"startedAt\" : \"2025-03-01T07:30:00+01:00\""))
        let back = try JSONDecoder().decode(HistoryJSON.self, from: Data(text.utf8))
        #expect(back == history)
        #expect(back.sessions[0].sets.count == 2)
    }
}
