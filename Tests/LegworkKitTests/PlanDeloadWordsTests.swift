import Testing
@testable import LegworkKit

/// A deload says what it does: half the sets and two more reps to spare, or, in a beginner's technique
/// weeks (already easy), that the easy sets stay.
@Suite struct PlanDeloadWordsTests {
    static func plan(_ experience: Experience) throws -> Plan {
        let runner = PlanFixtures.profile {
            $0.experience = experience
            $0.runDays = [.tue, .thu, .sat]
            $0.longRunDay = .sat
            $0.equipment = [.mat]
        }
        return PlanGenerator(cards: try Catalog.bundled().cards).plan(for: runner, start: PlanFixtures.monday)
    }

    static func deloadWeek(_ plan: Plan) throws -> PlanWeek { try #require(plan.weeks.first { $0.phase == .deload }) }

    @Test func aBeginnersDeloadInTheTechniqueWeeksSaysTheEasySetsStay() throws {
        let plan = try Self.plan(.new)
        let deload = try Self.deloadWeek(plan)
        try #require(deload.number <= PlanConstants.beginnerTechniqueWeeks)
        let before = try #require(plan.weeks.first { $0.number == deload.number - 1 })
        for session in deload.sessions where session.kind == .strength {
            #expect(session.notes.contains { $0.contains("already easy technique work") })
            #expect(!session.notes.contains { $0.contains("about half the sets") })
        }
        let doses = { (week: PlanWeek) in week.sessions.flatMap(\.items).map(\.dose.sets) }
        #expect(doses(deload) == doses(before))
    }

    @Test func aRegularRunnersDeloadHalvesTheSets() throws {
        let plan = try Self.plan(.regular)
        let deload = try Self.deloadWeek(plan)
        let before = try #require(plan.weeks.first { $0.number == deload.number - 1 })
        for session in deload.sessions where session.kind == .strength {
            #expect(session.notes.contains { $0.contains("about half the sets") })
        }
        let setsBefore = before.sessions.filter { $0.kind == .strength }.flatMap(\.items).filter { $0.role != .warmUp }.map(\.dose.sets).reduce(0, +)
        let setsNow = deload.sessions.filter { $0.kind == .strength }.flatMap(\.items).filter { $0.role != .warmUp }.map(\.dose.sets).reduce(0, +)
        #expect(Double(setsNow) <= Double(setsBefore) * 0.6, "\(setsNow) sets after \(setsBefore)")
    }
}
