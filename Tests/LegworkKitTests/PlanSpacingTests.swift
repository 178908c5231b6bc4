import Testing
@testable import LegworkKit

/// DOMAIN §6, Spacing: 48 h between strength sessions from the first week of a block, above all for
/// beginners — a block that starts mid-week, and the turn of a week, included (`WeeklySchedule`).
@Suite("Plan spacing")
struct PlanSpacingTests {
    static let newRunnerFortyFive = PlanFixtures.profile {
        $0.experience = .new; $0.goal = .first5k; $0.weeklyKm = 8; $0.equipment = [.mat, .dumbbells]; $0.dumbbellMaxKg = 10
        $0.runDays = [.tue, .thu, .sat]; $0.longRunDay = .sat; $0.workoutDay = nil; $0.strengthDays = 2; $0.sessionMinutes = .long
    }
    static let runners: [(String, Profile)] = [
        ("new runner, 45 minutes", newRunnerFortyFive),
        ("new runner, 3 days asked", PlanFixtures.profile {
            $0.experience = .new; $0.goal = .stamina; $0.runDays = [.mon, .wed, .sun]; $0.longRunDay = .sun; $0.strengthDays = 3
        }),
        ("seasoned marathoner", PlanPersonaTests.marathoner),
        ("PR chaser", PlanPersonaTests.prChaser),
    ]

    /// Every start day of the week, for each runner: no two strength sessions (the heel-raise protocol's
    /// own sessions aside) less than 2 days apart.
    @Test(arguments: 0..<4)
    func strengthSessionsAreTwoDaysApartFromTheFirstWeek(runner: Int) {
        let (name, profile) = Self.runners[runner]
        for offset in 0..<7 {
            let start = PlanFixtures.monday.adding(days: offset)
            let plan = PlanGenerator(cards: PlanPersonaTests.bundledCards).plan(for: profile, start: start)
            let days = PlanFixtures.strengthDays(plan).map(\.date)
            #expect(!days.isEmpty)
            for (a, b) in zip(days, days.dropFirst()) {
                #expect(b.days(since: a) >= 2, "\(name) starting \(start.weekday): \(a.weekday) \(a) and \(b.weekday) \(b)")
            }
        }
    }

    @Test func aBlockStartingOnSaturdayOpensWithOneSession() {
        let plan = PlanGenerator(cards: PlanPersonaTests.bundledCards).plan(for: Self.newRunnerFortyFive, start: PlanFixtures.monday.adding(days: 5))
        #expect(PlanFixtures.strengthDays(plan).filter { plan.weeks[0].contains($0.date) }.count == 1)
    }
}
