import Testing
@testable import LegworkKit

@Suite("Plan rule: InjuryModule")
struct PlanInjuryModuleTests {
    func module(cards: [ExerciseCard] = PlanTestCards.all, _ edit: (inout Profile) -> Void) -> InjuryModule {
        let profile = PlanFixtures.profile { $0.experience = .regular; $0.equipment = PlanTestCards.gym; edit(&$0) }
        return InjuryModule(profile: profile, selector: ExerciseSelector(cards: cards, profile: profile))
    }

    @Test(arguments: [(1, "3 × 15"), (2, "3 × 12"), (3, "3 × 12"), (4, "4 × 10"), (5, "4 × 10"), (6, "4 × 8"), (8, "4 × 8"), (9, "4 × 6"), (12, "4 × 6")])
    func achillesGetsHeavySlowResistanceByWeek(week: Int, dose: String) throws {
        let hsr = try #require(module { $0.injuries = [InjuryStatus(.achilles, .current(pain: 3))] }.calfSlot(week: week))
        #expect(hsr.card.id == "sl_calf_raise")
        #expect(hsr.fixed?.dose.summary == dose)
        #expect(hsr.fixed?.tempo == .phases(down: 3, pause: 0, up: 3))
        #expect(hsr.why.contains("Achilles tendinopathy (pain 3/10)"))
    }

    @Test func alfredsonWhenNoCardCanCarryHSR() throws {
        let cards = PlanTestCards.all.filter { !["sl_calf_raise", "seated_soleus_raise", "calf_raise"].contains($0.id) }
        let drops = try #require(module(cards: cards) { $0.injuries = [InjuryStatus(.achilles, .current(pain: 2))] }.calfSlot(week: 1))
        #expect(drops.card.id == "eccentric_heel_drop")
        #expect(drops.note?.contains("twice daily") == true)
    }

    @Test func modulesRunForCurrentInjuriesOrWhenComingBackFromOne() {
        #expect(module { $0.injuries = [InjuryStatus(.achilles, .past)] }.calfSlot(week: 1) == nil)
        #expect(module { $0.goal = .painFree; $0.injuries = [InjuryStatus(.achilles, .past)] }.calfSlot(week: 1) != nil)
    }

    @Test(arguments: [(1, "3 × 12"), (3, "4 × 10"), (5, "5 × 8")])
    func plantarGetsRathleffByWeek(week: Int, dose: String) throws {
        let rathleff = try #require(module { $0.injuries = [InjuryStatus(.plantar, .current(pain: 2))] }.calfSlot(week: week))
        #expect(rathleff.card.id == "towel_heel_raise")
        #expect(rathleff.fixed?.dose.summary == dose)
    }

    @Test func plantarAlsoStretchesAndGoesAfterTheAchilles() {
        let both = module { $0.injuries = [InjuryStatus(.achilles, .current(pain: 2)), InjuryStatus(.plantar, .current(pain: 2))] }
        #expect(both.calfSlot(week: 1)?.card.id == "sl_calf_raise")
        let extras = both.extras(week: 1, used: ["sl_calf_raise"])
        #expect(extras.map(\.card.id) == ["towel_heel_raise", "calf_wall_stretch", "plantar_toe_stretch"])
        #expect(extras.dropFirst().allSatisfy { $0.role == .stretch })
    }

    @Test func itbsAddsGluteMedWork() {
        let extras = module { $0.injuries = [InjuryStatus(.itbs, .current(pain: 2))] }.extras(week: 1, used: ["hip_hike"])
        #expect(extras.count == 1)
        #expect(extras[0].role == .injuryModule)
        #expect(extras[0].card.muscles.primary.contains(.gluteMed))
        #expect(extras[0].card.injuries.contains(.itbs))
        #expect(extras[0].card.id != "hip_hike")
    }

    @Test func kneeAndReturnFromInjuryAddAWallSit() {
        let knee = module { $0.injuries = [InjuryStatus(.knee, .current(pain: 4))] }.extras(week: 1, used: [])
        #expect(knee.map(\.card.id) == ["wall_sit"])
        #expect(knee[0].fixed?.dose == PlanConstants.painReliefHold)
        #expect(knee[0].role == .painRelief)
        #expect(module { $0.goal = .painFree; $0.injuries = [InjuryStatus(.shins, .past)] }.extras(week: 1, used: []).map(\.card.id) == ["wall_sit"])
        #expect(module { $0.injuries = [InjuryStatus(.knee, .past)] }.extras(week: 1, used: []).isEmpty)
    }

    @Test func noticesForPainMonitoringAndShins() {
        #expect(module { $0.injuries = [InjuryStatus(.shins, .current(pain: 2))] }.notices.map(\.kind) == [.painMonitoring, .gradedRunning])
        #expect(module { $0.injuries = [InjuryStatus(.knee, .past)] }.notices.isEmpty)
        #expect(module { $0.injuries = [InjuryStatus(.knee, .current(pain: 1))] }.sessionNotes.first?.hasPrefix("Knee: hip and knee") == true)
    }
}
