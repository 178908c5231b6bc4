import LegworkKit
import Testing
@testable import LegworkTUI

/// The runs that happened on the screens: ✓ and the distance in the plan's run column on past days, the
/// weekly distance beside strength and stretching in the history.
@Suite struct RunsOnScreensTests {
    @Test func thePlanShowsWhatWasRunOnPastDaysOnly() throws {
        let today = PlanScreenFixtures.today  // Wednesday of week 2
        let ran = [today.adding(days: -1): 8200.0, today: 5000, today.adding(days: 1): 9000, today.adding(days: -9): 21_100]
        let (terminal, _) = try PlanScreenFixtures.run([.key(.character("q"))], ran: ran)
        let lines = try #require(terminal.frames.first).lines
        #expect(lines[4] == "   W1 Base    STR ✓21  easy     STR      work     ·        long     ·")
        #expect(lines[5] == " ›•W2 Base    STR      ✓8       STR ✓5   work     ·        long     ·")
        #expect(lines.contains { $0.contains("✓km run") })
        // Without runs the legend stays as it was.
        let (plain, _) = try PlanScreenFixtures.run([.key(.character("q"))])
        #expect(!(try #require(plain.frames.first).lines.contains { $0.contains("km run") }))
    }

    @Test func theHistoryShowsWeeklyKilometresBesideTheSets() throws {
        let today = CalendarDate(dayNumber: Int(HistoryFixtures.today))
        let runs = [RunRecord(date: today, metres: 10_000, kind: .easy, sourceID: "a"),
                    RunRecord(date: today.startOfWeek.adding(days: -7), metres: 32_000, kind: .long, sourceID: "b")]
        let screen = HistoryScreen(data: HistoryData(), names: [:], today: HistoryFixtures.today, runs: runs)
        let frame = try drive([.key(.character("q"))], size: Size(width: 80, height: 24), unicode: true, root: screen).0.frames[0]
        #expect(frame.lines[7].hasSuffix("Km/week    ▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁█▃"))
        #expect(frame.lines[8].hasSuffix("this week 10 km · most 32 km"))
    }
}
