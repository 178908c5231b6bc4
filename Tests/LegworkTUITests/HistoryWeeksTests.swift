import LegworkKit
import Testing
@testable import LegworkTUI

/// The history's weeks and highlights (`w`): drawn from what LegworkKit computed, scrolled in a small window.
@Suite struct HistoryWeeksTests {
    @Test func wShowsTheWeeksAndScrollingReachesTheirEndAtFortyByTwelve() throws {
        let size = Size(width: 40, height: 12)
        let monday = HistorySummary.monday(of: HistoryFixtures.today)
        let screen = HistoryScreen(data: HistoryFixtures.years(1), names: HistoryFixtures.names, today: HistoryFixtures.today,
                                   highlights: HistoryFixtures.highlights, planned: [monday: 2])
        let keys: [Key] = [.character("w")] + Array(repeating: .character("j"), count: 6)
        let frames = try drive(keys.map { .key($0) } + [.key(.character("q"))], size: size, root: screen).0.frames
        let first = try #require(frames.first { $0.text.contains("Progress this month") })
        #expect(first.text.contains("Single-leg calf raise 2 × 10 → 3 ×"), "\(first.text)")
        #expect(first.lines.last?.contains("w exercises") == true, "the key bar says how to go back: \(first.lines.last ?? "")")
        let scrolled = try #require(frames.last { $0.text.contains("Strength") })
        #expect(scrolled.text.contains("1 of 2"), "this week against the plan:\n\(scrolled.text)")
        #expect(!scrolled.text.contains("Progress this month"), "scrolled past the highlights:\n\(scrolled.text)")
    }

    @Test func noChangeThisMonthSaysSoAndTheWeeksAreStillThere() {
        var screen = HistoryScreen(data: HistoryFixtures.years(1), names: HistoryFixtures.names, today: HistoryFixtures.today)
        _ = screen.handle(.key(.character("w")), at: .origin)
        let text = runnerFrame(screen, at: .origin, size: Size(width: 80, height: 24)).text
        #expect(text.contains("No change in the last 30 days"))
        #expect(text.contains("Week    Strength"))
        _ = screen.handle(.key(.tab), at: .origin)
        #expect(runnerFrame(screen, at: .origin, size: Size(width: 80, height: 24)).text.contains("Exercises (3)"), "Tab goes back to the exercises")
    }

    @Test func theTableDropsTheStretchColumnBeforeItOverflows() {
        let lines = [WeekLine(monday: HistoryFixtures.today, strength: 2, planned: 3, stretches: 1, sets: 24, minutes: 65, km: 18.4)]
        let wide = WeekTable.rows(lines, width: 80)
        #expect(wide == ["Week    Strength  Stretch  Sets  Min  Km", "12 Mar    2 of 3        1    24   65  18"])
        let narrow = WeekTable.rows(lines, width: 38)
        #expect(narrow.allSatisfy { DisplayWidth.of($0) <= 38 })
        #expect(narrow[0] == "Week    Strength  Sets  Min  Km")
        // A runner who reads miles gets them.
        #expect(WeekTable.rows(lines, width: 80, distance: .mi) == ["Week    Strength  Stretch  Sets  Min  Mi", "12 Mar    2 of 3        1    24   65  11"])
    }
}
