import Testing
@testable import LegworkKit

@Suite("Plan rule: SessionTemplate")
struct PlanTemplateTests {
    @Test func slotsByLength() {
        #expect(SessionTemplate.slots(for: .short, goal: .stamina) == [.gluteMed, .singleLegMain, .calf, .core])
        #expect(SessionTemplate.slots(for: .standard, goal: .stamina)
            == [.gluteMed, .plyometric, .singleLegMain, .singleLegSecond, .calf, .core])
        #expect(SessionTemplate.slots(for: .long, goal: .race)
            == [.gluteMed, .plyometric, .heavyLift, .singleLegMain, .singleLegSecond, .calf, .carry, .core])
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
