import Testing
@testable import LegworkKit

@Suite("Runs: weekly distance and the two load rules (DOMAIN §2 Goals)")
struct RunLoadRulesTests {
    /// A Monday.
    let monday = CalendarDate(year: 2026, month: 11, day: 16)!

    func run(_ day: Int, _ km: Double, _ kind: RunKind = .easy) -> RunRecord {
        RunRecord(date: monday.adding(days: day), metres: km * 1000, kind: kind, sourceID: "r\(day)-\(km)")
    }

    @Test func weeksRunMondayToSunday() {
        let weekly = WeeklyDistance(runs: [run(0, 5), run(6, 10), run(7, 8)])
        #expect(weekly.metres(weekOf: monday.adding(days: 3)) == 15_000)
        #expect(weekly.metres(weekOf: monday.adding(days: 7)) == 8_000)
        #expect(weekly.weeks(endingWith: monday.adding(days: 7), count: 3).map(\.metres) == [0, 15_000, 8_000])
    }

    @Test func weeklyRiseWarnsAboveThirtyPercentOnTwoWeeksBefore() {
        // Two weeks before: 10 km. Exactly +30% is allowed; one more kilometre is not.
        let base = [run(0, 10)]
        let atLimit = WeeklyDistance(runs: base + [run(14, 13)])
        #expect(RunLoadRules.weeklyRise(atLimit, weekOf: monday.adding(days: 14)) == nil)
        let over = WeeklyDistance(runs: base + [run(14, 13), run(16, 1)])
        let warning = RunLoadRules.weeklyRise(over, weekOf: monday.adding(days: 16))
        #expect(warning?.rule == .weeklyRise(monday: monday.adding(days: 14), metres: 14_000, before: 10_000))
        // No run two weeks before: nothing to compare with, no warning.
        #expect(RunLoadRules.weeklyRise(WeeklyDistance(runs: [run(14, 40)]), weekOf: monday.adding(days: 14)) == nil)
    }

    @Test func theWeeklyWarningSaysTheNumbers() {
        let weekly = WeeklyDistance(runs: [run(0, 33), run(15, 46)])
        let today = monday.adding(days: 16)
        let message = RunLoadRules.weeklyRise(weekly, weekOf: today)?.message(today: today) ?? ""
        #expect(message.hasPrefix("this week 46 km, up 39% on two weeks before (33 km)"))
        #expect(RunLoadRules.weeklyRise(weekly, weekOf: today)?.message(today: today.adding(days: 7)).hasPrefix("last week 46 km") == true)
    }

    @Test func longerRunWarnsAboveTenPercentOnTheLongestOfThirtyDays() {
        let earlier = [run(0, 20, .long), run(10, 12)]
        #expect(RunLoadRules.longerRun(run(20, 22, .long), among: earlier) == nil)  // exactly +10%
        let longer = run(20, 22.5, .long)
        let warning = RunLoadRules.longerRun(longer, among: earlier + [longer])
        #expect(warning?.rule == .longerRun(date: monday.adding(days: 20), metres: 22_500, longest: 20_000))
        #expect(warning?.message(today: monday.adding(days: 20)).hasPrefix("today's 22.5 km run was 13% longer than your longest of the 30 days before (20 km)") == true)
        // A 20 km run 31 days before is outside the window: the longest is then 12 km.
        #expect(RunLoadRules.longerRun(run(31, 14), among: earlier)?.rule == .longerRun(date: monday.adding(days: 31), metres: 14_000, longest: 12_000))
        // The first run ever has nothing to compare with.
        #expect(RunLoadRules.longerRun(run(0, 30), among: []) == nil)
    }

    @Test func recentWarningsCoverThisWeekAndLastOnly() {
        // Week 3 is 34 km against 10 two weeks before: a rise; 14 km is 40% over 10, 20 km 43% over 14.
        let runs = [run(0, 10), run(14, 14), run(17, 20)]
        let today = monday.adding(days: 18)
        let warnings = RunLoadRules.recentWarnings(runs: runs, today: today)
        #expect(warnings.map(\.rule) == [
            .weeklyRise(monday: monday.adding(days: 14), metres: 34_000, before: 10_000),
            .longerRun(date: monday.adding(days: 17), metres: 20_000, longest: 14_000),
            .longerRun(date: monday.adding(days: 14), metres: 14_000, longest: 10_000),
        ])
        #expect(RunLoadRules.recentWarnings(runs: runs, today: monday.adding(days: 40)).isEmpty)
    }

    @Test func runningLoadUsesLoggedRunsWhenThereAreRecentOnes() {
        var profile = Profile()
        profile.weeklyKm = 30
        let today = monday.adding(days: 15)
        #expect(RunningLoad.current(runs: [], profile: profile, today: today) == RunningLoad(weeklyKm: 30, basis: .profile))
        // Last week 50 km, this week 12 so far: the larger counts.
        let runs = [run(7, 20), run(9, 30), run(14, 12)]
        let load = RunningLoad.current(runs: runs, profile: profile, today: today)
        #expect(load.weeklyKm == 50 && load.basis == .logged && load.isSteady)
        // Runs older than four weeks no longer count: the profile's figure is back.
        #expect(RunningLoad.current(runs: runs, profile: profile, today: today.adding(days: 40)).basis == .profile)
        // A future run (a typing slip) does not count.
        #expect(RunningLoad.current(runs: [run(30, 90)], profile: profile, today: today).basis == .profile)
    }

    @Test func aSteepRiseMakesTheLoadUnsteady() {
        let runs = [run(0, 20), run(14, 30)]
        let load = RunningLoad.current(runs: runs, profile: Profile(), today: monday.adding(days: 15))
        #expect(!load.isSteady && load.weeklyKm == 30)
    }
}
