import Testing
@testable import LegworkKit

/// The race's days decide the sessions near it, whichever calendar week they fall in (DOMAIN §2, the
/// race table): light work only inside the heavy-free window before it, nothing but mobility on the
/// mobility days after it, then a light session that never calls itself "race week".
@Suite struct RaceWindowTests {
    static func runner(_ distance: RaceDistance, raceDay: Int) -> Profile {
        PlanFixtures.profile {
            $0.experience = .regular
            $0.goal = .race
            $0.raceDistance = distance
            $0.raceDate = PlanFixtures.monday.adding(days: raceDay)
            $0.runDays = [.tue, .thu, .sat, .sun]
            $0.longRunDay = .sat
            $0.strengthDays = 2
            $0.equipment = [.mat, .dumbbells, .step]
        }
    }

    // Races on every weekday of the ninth week.
    @Test(arguments: RaceDistance.allCases.flatMap { distance in (56..<63).map { (distance, $0) } })
    func sessionsNearTheRaceFollowItsDays(distance: RaceDistance, raceDay: Int) throws {
        let runner = Self.runner(distance, raceDay: raceDay)
        let plan = PlanGenerator(cards: try Catalog.bundled().cards).plan(for: runner, start: PlanFixtures.monday)
        let race = try #require(runner.raceDate)
        let window = distance.isLong ? PlanConstants.heavyFreeDaysLongRace : PlanConstants.heavyFreeDaysShortRace
        for day in plan.weeks.flatMap(\.days) {
            guard let session = day.session, session.kind == .strength else { continue }
            let daysOut = race.days(since: day.date)
            if daysOut > 0, daysOut < window {
                #expect(session.light == true, "\(session.title) \(daysOut) days before the \(distance)")
                #expect(!session.items.contains { $0.role == .plyometric || $0.role == .heavyLift })
            }
            if daysOut < 0 {
                #expect(-daysOut > RaceDay.mobilityDays(distance), "strength \(-daysOut) days after the \(distance)")
                #expect(!session.title.contains("Race-week"), "\(session.title) after the race")
                #expect(!session.notes.contains { $0.contains("race week") || $0.hasPrefix("Race week") })
            }
        }
    }

    /// The heel-raise protocol keeps its rhythm near a race, at a lighter weight: no heavy raises in the
    /// heavy-free window before it or the week after it.
    @Test func theProtocolGoesLightAroundTheRace() throws {
        var runner = Self.runner(.half, raceDay: 58)
        runner.injuries = [InjuryStatus(.achilles, .current(pain: 3))]
        let plan = PlanGenerator(cards: try Catalog.bundled().cards).plan(for: runner, start: PlanFixtures.monday)
        let race = try #require(runner.raceDate)
        var near = 0, far = 0
        for day in plan.weeks.flatMap(\.days) {
            guard let session = day.session else { continue }
            let daysOut = race.days(since: day.date)
            for item in session.items where item.role == .injuryModule && item.dose.load != nil {
                let isNear = daysOut < PlanConstants.heavyFreeDaysLongRace && daysOut > -PlanConstants.heavyFreeDaysAfterRace
                if isNear {
                    near += 1
                    #expect(item.dose.load?.asksForMore == false, "\(item.name) \(item.dose.load?.words ?? "") \(daysOut) days out")
                } else {
                    far += 1
                }
            }
        }
        #expect(near > 0 && far > 0)
    }
}
