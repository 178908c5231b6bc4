import Testing
@testable import LegworkKit

@Suite("Plan rule: PlyoGate")
struct PlanPlyoGateTests {
    func block(_ edit: (inout Profile) -> Void, week: Int = 6, phase: PlanPhase = .build) -> String? {
        PlyoGate.weekBlock(profile: PlanFixtures.profile { $0.experience = .regular; edit(&$0) }, weekNumber: week, phase: phase)
    }

    @Test func allowedForAHealthyRunnerInATrainingWeek() {
        #expect(block { _ in } == nil)
        #expect(block({ $0.injuries = [InjuryStatus(.knee, .past)] }) == nil)
    }

    @Test func redFlagBlocksImpact() {
        #expect(block { $0.redFlags = [.limp] }?.contains("warning sign") == true)
    }

    @Test func flareAboveThreeBlocks() {
        #expect(block { $0.injuries = [InjuryStatus(.knee, .current(pain: 4))] }
            == "No jumping during a flare: your runner's knee pain is 4/10 (above 3).")
    }

    @Test func anyCurrentInjuryWaitsForTheReturnCriteria() {
        #expect(block { $0.injuries = [InjuryStatus(.achilles, .current(pain: 1))] }?.contains("25 single-leg calf raises") == true)
    }

    @Test func comingBackFromAnInjuryWaitsToo() {
        #expect(block { $0.goal = .painFree; $0.injuries = [InjuryStatus(.shins, .past)] }?.contains("10 pain-free single-leg hops") == true)
        #expect(block { $0.goal = .painFree } == nil)
    }

    @Test(arguments: [(1, true), (4, true), (5, false)])
    func beginnersWaitFourPainFreeWeeks(week: Int, blocked: Bool) {
        #expect((block({ $0.experience = .new }, week: week, phase: .base) != nil) == blocked)
    }

    @Test func noJumpingInRaceWeekOrTheLast7Days() {
        #expect(block({ _ in }, phase: .taper) != nil)
        let race = PlanFixtures.date("2026-03-22")
        #expect(PlyoGate.dateBlock(date: PlanFixtures.date("2026-03-16"), race: race) != nil)
        #expect(PlyoGate.dateBlock(date: PlanFixtures.date("2026-03-15"), race: race) == nil)
        #expect(PlyoGate.dateBlock(date: PlanFixtures.date("2026-03-16"), race: nil) == nil)
    }

    @Test func budgetBySessionsAndContacts() {
        #expect(PlyoGate.sessionsPerWeek(.intermediate) == 1)
        #expect(PlyoGate.sessionsPerWeek(.advanced) == 2)
        #expect(PlyoGate.contactsPerSession(.intermediate) == 60)
        #expect(PlyoGate.contactsPerSession(.advanced) == 50)
    }
}
