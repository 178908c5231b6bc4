import Testing
@testable import LegworkKit

private func day(_ y: Int, _ m: Int, _ d: Int) -> Int64 { WallTime(year: y, month: m, day: d).localDaysSince1970 }

/// A small log built session by session: each session on its day, its sets as (exercise, reps, seconds, kg).
private struct Log {
    var sessions: [SessionDigest] = []
    var sets: [SetRecord] = []

    mutating func session(_ d: Int64, kind: SessionRecord.Kind = .strength, status: SessionRecord.Status = .completed,
                          _ work: [(id: String, sets: [Int], kg: Double?)], role: PlanItem.Role? = nil, seconds: Bool = false) {
        let id = Int64(sessions.count + 1)
        let at = WallTime(secondsSince1970: d * 86_400 + 8 * 3600)
        var count = 0
        for item in work {
            for (n, value) in item.sets.enumerated() {
                sets.append(SetRecord(sessionID: id, exerciseID: item.id, setNumber: n + 1, reps: seconds ? nil : value,
                                      seconds: seconds ? value : nil, loadKg: item.kg, startedAt: at, endedAt: at, role: role))
                count += 1
            }
        }
        sessions.append(SessionDigest(id: id, kind: kind, status: status, day: d, sets: count, minutes: 30))
    }
}

@Suite struct ProgressHighlightsTests {
    static let today = day(2026, 12, 1)

    @Test func aRealProgressionReadsFromTheFirstToTheLastDoseOfTheMonth() throws {
        var log = Log()
        log.session(Self.today - 40, [("sl_calf_raise", [8, 8], nil)])   // before the month: not the start
        log.session(Self.today - 25, [("sl_calf_raise", [10, 10], nil)])
        log.session(Self.today - 12, [("sl_calf_raise", [12, 12, 10], nil)])
        log.session(Self.today - 2, [("sl_calf_raise", [12, 12, 12], nil)])
        let found = ProgressHighlights.of(sets: log.sets, sessions: log.sessions, today: Self.today)
        let highlight = try #require(found.first)
        #expect(found.count == 1)
        #expect(highlight.direction == .up)
        #expect(highlight.words(name: "Single-leg calf raise") == "Single-leg calf raise 2 × 10 → 3 × 12 this month")
    }

    @Test func anExerciseThatDidNotChangeIsNoHighlight() {
        var log = Log()
        log.session(Self.today - 20, [("glute_bridge", [12, 12, 12], nil), ("split_squat", [8, 8], 10)])
        log.session(Self.today - 10, [("glute_bridge", [12, 12, 12], nil), ("split_squat", [8, 8], 10)])
        log.session(Self.today - 1, [("glute_bridge", [12, 12, 12], nil)])
        // Once only in the month: nothing to compare with.
        log.session(Self.today - 3, [("wall_sit", [45], nil)], seconds: true)
        #expect(ProgressHighlights.of(sets: log.sets, sessions: log.sessions, today: Self.today).isEmpty)
    }

    @Test func aRegressionReadsAsSuch() throws {
        var log = Log()
        log.session(Self.today - 21, [("goblet_squat", [8, 8, 8], 16)])
        log.session(Self.today - 4, [("goblet_squat", [8, 8], 12)])
        let highlight = try #require(ProgressHighlights.of(sets: log.sets, sessions: log.sessions, today: Self.today).first)
        #expect(highlight.direction == .down)
        #expect(highlight.words(name: "Goblet squat") == "Goblet squat down from 3 × 8 with 16 kg to 2 × 8 with 12 kg this month")
        #expect(highlight.words(name: "Goblet squat", unit: .lb) == "Goblet squat down from 3 × 8 with 35.3 lb to 2 × 8 with 26.5 lb this month")
    }

    @Test func aHeavierLoadForFewerRepsIsAChangeNotAProgressOrALoss() throws {
        var log = Log()
        log.session(Self.today - 14, [("db_rdl", [10, 10, 10], 12)])
        log.session(Self.today, [("db_rdl", [8, 8, 8], 16)])
        let highlight = try #require(ProgressHighlights.of(sets: log.sets, sessions: log.sessions, today: Self.today).first)
        #expect(highlight.direction == .changed)
        #expect(highlight.words(name: "DB RDL").hasPrefix("DB RDL changed from 3 × 10 with 12 kg to 3 × 8 with 16 kg"))
    }

    @Test func warmUpsStretchesAndSessionsThatDoNotCountAreNotAWorkingDose() {
        var log = Log()
        log.session(Self.today - 20, [("glute_bridge", [12, 12], nil)])
        log.session(Self.today - 10, [("glute_bridge", [10], nil)], role: .warmUp)
        log.session(Self.today - 8, status: .inProgress, [("glute_bridge", [5], nil)])
        log.session(Self.today - 6, kind: .stretch, [("glute_bridge", [30], nil)], seconds: true)
        log.session(Self.today - 2, [("glute_bridge", [12, 12], nil)])
        #expect(ProgressHighlights.of(sets: log.sets, sessions: log.sessions, today: Self.today).isEmpty)
    }

    @Test func aProtocolAndTheUsualPlaceOfOneCardAreComparedApart() {
        var log = Log()
        log.session(Self.today - 20, [("sl_calf_raise", [15, 15], nil)])
        log.session(Self.today - 19, [("sl_calf_raise", [10, 10, 10], nil)], role: .injuryModule)
        log.session(Self.today - 2, [("sl_calf_raise", [15, 15], nil)])
        log.session(Self.today - 1, [("sl_calf_raise", [12, 12, 12], nil)], role: .injuryModule)
        let found = ProgressHighlights.of(sets: log.sets, sessions: log.sessions, today: Self.today)
        #expect(found.map { $0.words(name: "Single-leg calf raise") } == ["Single-leg calf raise (protocol) 3 × 10 → 3 × 12 this month"])
    }

    @Test func aWeekWithSessionsAddsUpNewestFirstAgainstThePlan() {
        var log = Log()
        let monday = HistorySummary.monday(of: Self.today)
        log.session(monday - 7, [("glute_bridge", [12, 12], nil)])
        log.session(monday - 5, [("glute_bridge", [12, 12, 12], nil)])
        log.session(monday - 5, kind: .stretch, [])
        log.session(monday, [("split_squat", [8, 8], nil)])
        let summary = HistorySummary(sessions: log.sessions, today: Self.today, weekCount: 10)
        let lines = summary.weekLines(count: 10, planned: [monday: 3, monday - 7: 2], kmByWeek: [monday - 7: 18.4])
        #expect(lines.count == 2, "back to the first week with anything done")
        #expect(lines[0] == WeekLine(monday: monday, strength: 1, planned: 3, stretches: 0, sets: 2, minutes: 30, km: 0))
        #expect(lines[1] == WeekLine(monday: monday - 7, strength: 2, planned: 2, stretches: 1, sets: 5, minutes: 90, km: 18.4))
        #expect(lines[1].sentence() == "Week of 23 November 2026: 2 of 2 strength sessions, 1 stretch, 5 sets, 90 minutes, 18 km run.")
        #expect(lines[1].sentence(distance: .mi) == "Week of 23 November 2026: 2 of 2 strength sessions, 1 stretch, 5 sets, 90 minutes, 11 mi run.")
        #expect(summary.weekLines(count: 10).first?.km == nil, "no run known: no distance")
    }
}
