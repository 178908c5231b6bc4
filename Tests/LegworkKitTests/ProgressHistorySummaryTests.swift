import Testing
@testable import LegworkKit

private func day(_ y: Int, _ m: Int, _ d: Int) -> Int64 { WallTime(year: y, month: m, day: d).localDaysSince1970 }

@Suite struct ProgressHistorySummaryTests {
    @Test func mondayOfAnyDay() {
        #expect(HistorySummary.monday(of: day(2025, 3, 5)) == day(2025, 3, 3))   // Wednesday
        #expect(HistorySummary.monday(of: day(2025, 3, 3)) == day(2025, 3, 3))
        #expect(HistorySummary.monday(of: day(2025, 3, 9)) == day(2025, 3, 3))   // Sunday
        #expect(HistorySummary.monday(of: day(1969, 12, 31)) == day(1969, 12, 29))
    }

    @Test func daysAndWeeksAddUp() {
        let sessions = [
            SessionDigest(id: 1, kind: .strength, status: .completed, day: day(2025, 3, 3), sets: 12, minutes: 30),
            SessionDigest(id: 2, kind: .stretch, status: .completed, day: day(2025, 3, 3), sets: 0, minutes: 15),
            SessionDigest(id: 3, kind: .stretch, status: .completed, day: day(2025, 3, 5), sets: 0, minutes: 15),
            SessionDigest(id: 4, kind: .strength, status: .abandoned, day: day(2025, 3, 6), sets: 0, minutes: 2),
            SessionDigest(id: 5, kind: .strength, status: .completed, day: day(2025, 3, 11), sets: 10, minutes: 25),
        ]
        let s = HistorySummary(sessions: sessions, today: day(2025, 3, 12), weekCount: 4)
        #expect(s.days[day(2025, 3, 3)]?.strength == true)
        #expect(s.days[day(2025, 3, 3)]?.stretch == true)
        #expect(s.days[day(2025, 3, 5)]?.strength == false)
        #expect(s.days[day(2025, 3, 6)] == nil)   // abandoned without a set: not a training day
        #expect(s.weeks.map(\.sets) == [0, 0, 12, 10])
        #expect(s.weeks.map(\.minutes) == [0, 0, 60, 25])
        #expect(s.thisWeek.sessions == 1)
        #expect(s.streakWeeks == 2)
    }

    @Test func theStreakSurvivesAWeekNotOverYet() {
        let sessions = (0..<5).map { SessionDigest(id: Int64($0), kind: .strength, status: .completed, day: day(2025, 3, 3) + Int64($0 * 7), sets: 8, minutes: 20) }
        // Monday of the 6th week, nothing yet this week: still 5.
        #expect(HistorySummary(sessions: sessions, today: day(2025, 4, 7), weekCount: 8).streakWeeks == 5)
        // A whole week missed: broken.
        #expect(HistorySummary(sessions: sessions, today: day(2025, 4, 14), weekCount: 8).streakWeeks == 0)
        #expect(HistorySummary(sessions: [], today: day(2025, 4, 14), weekCount: 8).streakWeeks == 0)
    }
}
