import LegworkKit
import LegworkStore
import LegworkTUI
import Testing
@testable import LegworkApp

/// The history's highlights and weeks read from a stored log on a chosen day, as `legwork history`
/// shows them and `--plain` says them.
@Suite struct HistoryProgressHeadlessTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 14)!

    /// A finished strength session `daysAgo` before today with `reps` per set of the single-leg calf raise.
    static func logSession(_ store: Store, daysAgo: Int, reps: [Int], role: PlanItem.Role? = .calf) throws {
        let start = WallTime(secondsSince1970: Int64(today.dayNumber - daysAgo) * 86_400 + 9 * 3600)
        let session = try store.beginSession(kind: .strength, title: "Strength A", startedAt: start, plannedSeconds: 1800)
        try store.appendSets(reps.enumerated().map { n, r in
            SetRecord(sessionID: session.id, exerciseID: "sl_calf_raise", setNumber: n + 1, reps: r, rir: 2, pain: 0,
                      startedAt: start, endedAt: start, role: role)
        })
        try store.finishSession(session.id, status: .completed, endedAt: WallTime(secondsSince1970: start.secondsSince1970 + 1800))
    }

    @Test func aMonthOfLoggedSessionsGivesItsProgressAndItsWeeks() throws {
        let app = try TestApp(today: Self.today)
        try app.context.saveProfile(DoorsHeadlessTests.runner(), today: Self.today)
        try Self.logSession(app.context.store, daysAgo: 45, reps: [6, 6])
        try Self.logSession(app.context.store, daysAgo: 26, reps: [10, 10])
        try Self.logSession(app.context.store, daysAgo: 9, reps: [10, 10], role: .warmUp)
        try Self.logSession(app.context.store, daysAgo: 0, reps: [12, 12, 11])

        let data = try app.context.store.historyData()
        let progress = try HistoryProgress.read(app.context, sessions: data.sessions, today: Self.today)
        let names = HistoryAction.names(app.context.catalog)
        #expect(progress.highlights.map { $0.words(name: names[$0.exerciseID] ?? "?") } == ["Single-leg calf raise 2 × 10 → 3 × 12 this month"])
        #expect(!progress.planned.isEmpty, "the plan says how many strength sessions each week has")

        let text = try HistoryAction.progressText(app.context, names: names, today: Self.today)
        #expect(text.contains("Single-leg calf raise 2 × 10 → 3 × 12 this month."))
        let thisWeek = HistorySummary.monday(of: Int64(Self.today.dayNumber))
        let planned = try #require(progress.planned[thisWeek])
        #expect(text.contains("Week of 14 December 2026: 1 of \(planned) strength session"), "\(text)")
        #expect(!text.contains("sl_calf_raise"), "no card ids in the words")
    }

    @Test func nothingChangedSaysSo() throws {
        let app = try TestApp(today: Self.today)
        try Self.logSession(app.context.store, daysAgo: 10, reps: [10, 10])
        try Self.logSession(app.context.store, daysAgo: 2, reps: [10, 10])
        let text = try HistoryAction.progressText(app.context, names: HistoryAction.names(app.context.catalog), today: Self.today)
        #expect(text.contains("No change in the last 30 days."))
        #expect(text.contains("Week of 7 December 2026: 1 strength session"), "without a profile there is no plan to count against:\n\(text)")
    }
}
