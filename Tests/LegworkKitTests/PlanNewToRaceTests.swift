import Testing
@testable import LegworkKit

/// A runner who starts within three weeks of a race gets familiar, light work only (DOMAIN §2, Races):
/// no jumps, no heavy lift, every strength session light, and nothing grows on the way to the race.
@Suite struct PlanNewToRaceTests {
    @Test(arguments: [14, 20, 21])
    func startingWithinThreeWeeksOfAMarathonIsLightOnly(daysOut: Int) throws {
        let runner = PlanFixtures.profile {
            $0.experience = .seasoned
            $0.goal = .race
            $0.raceDistance = .marathon
            $0.raceDate = PlanFixtures.monday.adding(days: daysOut)
            $0.weeklyKm = 100
            $0.runDays = Set(Weekday.allCases)
            $0.longRunDay = .sun
            $0.workoutDay = .wed
            $0.equipment = [.trapBar, .dumbbells, .step, .bench, .mat, .miniBand]
        }
        let plan = PlanGenerator(cards: try Catalog.bundled().cards).plan(for: runner, start: PlanFixtures.monday)
        let race = try #require(runner.raceDate)
        let before = plan.weeks.flatMap(\.days).filter { $0.date < race }.compactMap(\.session).filter { $0.kind == .strength }
        #expect(!before.isEmpty)
        var mostSets: [String: Int] = [:]
        for session in before {
            #expect(session.light == true, "\(session.title) is not light")
            for item in session.items {
                #expect(item.role != .plyometric && item.role != .heavyLift, "\(item.name) in \(session.title)")
                // Week to week in the same place of the sessions (one card may fill a main and a second place,
                // with their own sets).
                let place = item.slot ?? item.cardID
                if let first = mostSets[place] { #expect(item.dose.sets <= first, "\(item.name) grows to \(item.dose.summary) in \(session.title)") }
                mostSets[place] = max(mostSets[place] ?? 0, item.dose.sets)
            }
        }
    }
}

/// Jumps climb one chain from its easiest jump in every session of the week (DOMAIN §2, pr_speed).
@Suite struct PlanJumpChainTests {
    @Test func aSeasonedRunnersFirstWeekJumpsArePogoHopsInEverySession() throws {
        let runner = PlanFixtures.profile {
            $0.experience = .seasoned
            $0.goal = .pr
            $0.weeklyKm = 60
            $0.runDays = [.tue, .thu, .sat, .sun]
            $0.longRunDay = .sun
            $0.workoutDay = .thu
            $0.sessionMinutes = .long
            $0.equipment = [.mat, .dumbbells, .step, .bench]
        }
        let plan = PlanGenerator(cards: try Catalog.bundled().cards).plan(for: runner, start: PlanFixtures.monday)
        let jumps = try #require(plan.weeks.first).sessions.flatMap(\.items).filter { $0.role == .plyometric }
        #expect(jumps.count >= 2)
        #expect(jumps.allSatisfy { $0.cardID == "pogo_hops" }, "\(jumps.map(\.cardID))")
    }
}
