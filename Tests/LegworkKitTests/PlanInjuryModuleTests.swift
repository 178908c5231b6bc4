import Testing
@testable import LegworkKit

@Suite("Plan rule: InjuryModule")
struct PlanInjuryModuleTests {
    func module(cards: [ExerciseCard] = PlanTestCards.all, _ edit: (inout Profile) -> Void) -> InjuryModule {
        let profile = PlanFixtures.profile { $0.experience = .regular; $0.equipment = PlanTestCards.gym; edit(&$0) }
        return InjuryModule(profile: profile, selector: ExerciseSelector(cards: cards, profile: profile))
    }

    @Test(arguments: [(1, "3 × 15"), (2, "3 × 12"), (3, "3 × 12"), (4, "4 × 10"), (5, "4 × 10"), (6, "4 × 8"), (8, "4 × 8"), (9, "4 × 6"), (12, "4 × 6")])
    func achillesGetsHeavySlowResistanceStandingAndBentKnee(week: Int, dose: String) throws {
        let hsr = module { $0.injuries = [InjuryStatus(.achilles, .current(pain: 3))] }.footProtocol(week: week)
        #expect(hsr.map(\.card.id) == ["sl_calf_raise", "seated_soleus_raise"])
        #expect(hsr.allSatisfy { $0.fixed?.dose.summary == dose && $0.fixed?.tempo == .phases(down: 3, pause: 0, up: 3) })
        #expect(hsr.allSatisfy { $0.why.contains("Achilles tendinopathy (pain 3/10)") && $0.soreSideOnly })
    }

    @Test func alfredsonWhenNoCardCanCarryHSR() throws {
        let cards = PlanTestCards.all.filter { !["sl_calf_raise", "seated_soleus_raise", "calf_raise"].contains($0.id) }
        let drops = try #require(module(cards: cards) { $0.injuries = [InjuryStatus(.achilles, .current(pain: 2))] }.footProtocol(week: 1).first)
        #expect(drops.card.id == "eccentric_heel_drop")
        #expect(drops.note?.contains("twice daily") == true)
    }

    @Test func pastInjuriesGetMaintenanceNotRehab() {
        #expect(module { $0.injuries = [InjuryStatus(.achilles, .past)] }.footProtocol(week: 1).isEmpty)
        #expect(module { $0.goal = .painFree; $0.injuries = [InjuryStatus(.achilles, .past)] }.footProtocol(week: 1).isEmpty)
        #expect(module { $0.injuries = [InjuryStatus(.knee, .past)] }.kneeIsometric() == nil)
        #expect(module { $0.injuries = [InjuryStatus(.knee, .past)] }.sessionNotes.contains { $0.hasPrefix("Past runner's knee") })
    }

    @Test(arguments: [(1, "3 × 12"), (3, "4 × 10"), (5, "5 × 8")])
    func plantarGetsRathleffByWeek(week: Int, dose: String) throws {
        let rathleff = module { $0.injuries = [InjuryStatus(.plantar, .current(pain: 2))] }.footProtocol(week: week)
        #expect(rathleff.map(\.card.id) == ["towel_heel_raise"])
        #expect(rathleff.first?.fixed?.dose.summary == dose)
        #expect(rathleff.first?.note?.contains("Every second day") == true)
    }

    @Test func achillesAndPlantarShareOneProtocol() {
        let both = module { $0.injuries = [InjuryStatus(.achilles, .current(pain: 2)), InjuryStatus(.plantar, .current(pain: 2))] }
        let items = both.footProtocol(week: 1)
        // The standing raise is done Rathleff-style on a towel; the bent-knee raise completes HSR. Not two stacks.
        #expect(items.map(\.card.id) == ["towel_heel_raise", "seated_soleus_raise"])
        #expect(items[0].why.contains("Achilles") && items[0].why.contains("plantar"))
        #expect(both.footStretches().map(\.card.id) == ["plantar_toe_stretch"])
    }

    @Test func floorLevelWithoutAStep() {
        let noStep = module { $0.equipment = [.mat]; $0.injuries = [InjuryStatus(.achilles, .current(pain: 3))] }.footProtocol(week: 1)
        #expect(noStep.map(\.card.id) == ["sl_calf_raise", "seated_soleus_raise"])
        #expect(noStep[0].note?.contains("From flat floor") == true)
        let step = module { $0.equipment = [.mat, .step]; $0.injuries = [InjuryStatus(.achilles, .current(pain: 3))] }.footProtocol(week: 1)
        #expect(step[0].note?.contains("never below") == true)
    }

    @Test func kneeHoldOnlyWhileItHurts() throws {
        let hold = try #require(module { $0.injuries = [InjuryStatus(.knee, .current(pain: 4))] }.kneeIsometric())
        #expect(hold.card.id == "wall_sit")
        #expect(hold.fixed?.dose == PlanConstants.kneeIsometricHold)
        #expect(hold.role == .painRelief)
        #expect(module { $0.injuries = [InjuryStatus(.knee, .current(pain: 0))] }.kneeIsometric() == nil)
        #expect(module { $0.goal = .painFree; $0.injuries = [InjuryStatus(.shins, .past)] }.kneeIsometric() == nil)
    }

    @Test func shinsGetTibialisWork() {
        #expect(module { $0.injuries = [InjuryStatus(.shins, .current(pain: 2))] }.shinItems().map(\.card.id) == ["tibialis_raise"])
        #expect(module { $0.injuries = [InjuryStatus(.shins, .past)] }.shinItems().isEmpty)
    }

    @Test func noticesForPainMonitoringAndShins() {
        #expect(module { $0.injuries = [InjuryStatus(.shins, .current(pain: 2))] }.notices.map(\.kind) == [.painMonitoring, .gradedRunning])
        #expect(module { $0.injuries = [InjuryStatus(.knee, .past)] }.notices.isEmpty)
        #expect(module { $0.injuries = [InjuryStatus(.knee, .current(pain: 1))] }.sessionNotes.first?.hasPrefix("Knee: hip and knee") == true)
    }
}
