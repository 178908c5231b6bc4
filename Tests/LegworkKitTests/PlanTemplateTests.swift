import Testing
@testable import LegworkKit

@Suite("Plan rule: SessionTemplate")
struct PlanTemplateTests {
    @Test func slotsByLength() {
        // DOMAIN.md's session structure: jumps, the heavy lift, single-leg work, then the accessories.
        #expect(SessionTemplate.slots(for: .short, goal: .stamina) == [.singleLegMain, .calf, .gluteMed, .core])
        #expect(SessionTemplate.slots(for: .standard, goal: .stamina)
            == [.plyometric, .singleLegMain, .singleLegSecond, .calf, .gluteMed, .core])
        #expect(SessionTemplate.slots(for: .long, goal: .race)
            == [.plyometric, .heavyLift, .singleLegMain, .singleLegSecond, .calf, .gluteMed, .carry, .core])
    }

    @Test func prChaserGetsAHeavyLiftIn30Minutes() {
        #expect(SessionTemplate.slots(for: .standard, goal: .pr).contains(.heavyLift))
    }

    @Test(arguments: SessionLength.allCases)
    func everyTemplateHoldsTheFourEssentials(length: SessionLength) {
        let slots = SessionTemplate.slots(for: length, goal: .stamina)
        #expect([PlanSlot.singleLegMain, .calf, .gluteMed, .core].allSatisfy(slots.contains))
        #expect(SessionTemplate.fixedSets(for: length) == (length == .short ? 2 : nil))
    }
}
