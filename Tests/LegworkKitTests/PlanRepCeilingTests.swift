import Testing
@testable import LegworkKit

/// Strength moves grow by reps only up to their ceiling (15, or more where the card's own dose says so):
/// past it the plan slows the lowering or moves to the harder variant. A hip hike never reaches 2 × 18.
@Suite struct PlanRepCeilingTests {
    static let runners: [Profile] = Experience.allCases.flatMap { experience in
        SessionLength.allCases.map { length in
            PlanFixtures.profile {
                $0.experience = experience
                $0.goal = .race
                $0.raceDistance = .marathon
                $0.raceDate = PlanFixtures.monday.adding(days: 7 * 16 + 6)
                $0.runDays = [.tue, .thu, .sat, .sun]
                $0.longRunDay = .sun
                $0.workoutDay = .thu
                $0.strengthDays = 2
                $0.sessionMinutes = length
                $0.equipment = [.mat, .step, .miniBand, .wall]
            }
        }
    }

    @Test(arguments: runners)
    func noStrengthMoveGrowsPastItsCeiling(runner: Profile) throws {
        let catalog = try Catalog.bundled()
        let plan = PlanGenerator(cards: catalog.cards).plan(for: runner, start: PlanFixtures.monday)
        var checked = 0
        for day in plan.weeks.flatMap(\.days) {
            for item in day.session?.items ?? [] where item.role != .plyometric && item.role != .warmUp {
                guard let card = catalog.card(id: item.cardID), case let .reps(range) = item.dose.work else { continue }
                checked += 1
                #expect(range.upperBound <= PlanConstants.repCeiling(card),
                        "\(item.name) \(item.dose.summary) on \(day.date) for \(runner.experience) at \(runner.sessionMinutes.minutes) min")
            }
        }
        #expect(checked > 0)
    }

    @Test func theCeilingIsFifteenOrWhatTheCardItselfLists() throws {
        let catalog = try Catalog.bundled()
        #expect(PlanConstants.repCeiling(try #require(catalog.card(id: "hip_hike"))) == 15)
        #expect(PlanConstants.repCeiling(try #require(catalog.card(id: "calf_raise"))) == 20)
    }

    /// A deload, race week or return week never asks more reps of an exercise, nor a longer hold, than the
    /// last full week did (a deload once asked 1 × 40 s of a plank held 2 × 30 s all block).
    @Test(arguments: runners)
    func aLightWeekNeverAsksMoreRepsOrLongerHoldsThanTheWeekBefore(runner: Profile) throws {
        let plan = PlanGenerator(cards: try Catalog.bundled().cards).plan(for: runner, start: PlanFixtures.monday)
        // Reps and seconds are kept apart: "front_plank s" and "calf_raise reps".
        func key(_ item: PlanItem) -> (String, Int) {
            switch item.dose.work {
            case let .reps(range): (item.cardID + " reps", range.upperBound)
            case let .seconds(seconds): (item.cardID + " s", seconds)
            }
        }
        var lastFull: [String: Int] = [:]
        var lightChecked = 0, holdsChecked = 0
        for week in plan.weeks {
            var full: [String: Int] = [:]
            for session in week.sessions where session.kind == .strength {
                for item in session.items where item.role != .warmUp {
                    let (id, work) = key(item)
                    if session.light == true {
                        guard let most = lastFull[id] else { continue }
                        lightChecked += 1
                        if case .seconds = item.dose.work { holdsChecked += 1 }
                        #expect(work <= most, "\(item.name) \(item.dose.summary) in week \(week.number) (\(session.title)); \(most) before")
                    } else {
                        full[id] = max(full[id] ?? 0, work)
                    }
                }
            }
            lastFull.merge(full) { _, new in new }
        }
        #expect(lightChecked > 0)
        #expect(holdsChecked > 0)
    }
}
