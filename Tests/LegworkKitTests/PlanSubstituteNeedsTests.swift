import Testing
@testable import LegworkKit

@Suite("Plan rule: SubstituteNeeds")
struct PlanSubstituteNeedsTests {
    @Test(arguments: [
        ("a carpet or a folded blanket", [Equipment]()),
        ("a rolled T-shirt or sock", []),
        ("two heavy dumbbells or kettlebells held at your sides", [.dumbbells, .kettlebell]),
        ("a kettlebell or a filled water bottle", [.kettlebell]),
        ("a stair or sturdy box; flat floor if a drop hurts", [.step]),
        ("a sturdy chair, sofa edge or low box", [.bench, .step]),
        ("a long band tied into a small loop", [.longBand]),
        ("a cushion or folded towel under the knee", [.block, .towel]),
        ("a door frame or any flat, sturdy surface", [.wall]),
        ("the bottom stairs", [.step]),
    ])
    func readsTheEquipmentASubstituteNames(text: String, named: [Equipment]) {
        #expect(SubstituteNeeds.read(text).equipment == Set(named))
        #expect(!SubstituteNeeds.read(text).namesGymKit)
    }

    @Test(arguments: ["a cable machine set at chest height", "an ankle weight", "a weight plate on the knee"])
    func gymKitIsNeverAssumed(text: String) {
        #expect(SubstituteNeeds.read(text).namesGymKit)
        #expect(!SubstituteNeeds.isUsable(text, with: Set(Equipment.allCases)))
    }

    @Test func usableOnlyWhenEverythingNamedIsAtHand() {
        #expect(SubstituteNeeds.isUsable("a carpet or a folded blanket", with: []))
        // "X or Y" are alternatives: a backpack is enough.
        #expect(SubstituteNeeds.isUsable("a kettlebell or a loaded backpack", with: [.mat, .backpack]))
        #expect(SubstituteNeeds.usableAlternative("a kettlebell, a weight plate or a heavy backpack on the knee", with: [.backpack])
            == "a heavy backpack on the knee")
        #expect(SubstituteNeeds.isUsable("a stair or sturdy box; flat floor if a drop hurts", with: []))
        // A description after a comma belongs to its alternative: no step, no stand-in.
        #expect(!SubstituteNeeds.isUsable("the bottom stair, holding the rail", with: [.mat]))
        #expect(!SubstituteNeeds.isUsable("a sturdy stair or bench, knee height or lower", with: [.mat]))
        #expect(!SubstituteNeeds.isUsable("an ankle weight", with: [.mat, .backpack]))
        #expect(SubstituteNeeds.isUsable("a kettlebell or a loaded backpack", with: [.kettlebell, .backpack]))
        #expect(!SubstituteNeeds.isUsable("a stair or sturdy box", with: [.mat]))
    }
}
