import Testing
@testable import LegworkKit

@Suite("Plan rule: Progression and DoseRule")
struct PlanProgressionTests {
    func progress(_ id: String, level: Level = .intermediate, step: Int, fixedSets: Int? = nil, maxReps: Int? = nil,
                  harder: @escaping (ExerciseCard) -> ExerciseCard? = { _ in nil }) -> Progression.Result {
        Progression.apply(PlanTestCards.named(id), level: level, step: step, fixedSets: fixedSets, contactCap: 60, maxReps: maxReps,
                          canLoad: { !Set($0.equipment.required + $0.equipment.optional).isDisjoint(with: [.dumbbells]) }, harder: harder)!
    }

    @Test func repsThenSetsThenLoadThenTempo() {
        let steps = (0...4).map { progress("sl_rdl", step: $0) }
        #expect(steps.map(\.dose.summary) == ["3 × 8", "3 × 10", "4 × 8", "4 × 8", "4 × 8"])
        #expect(steps.map(\.addsLoad) == [false, false, false, true, true])
        #expect(steps.map(\.tempo) == [.phases(down: 3, pause: 1, up: 1), .phases(down: 3, pause: 1, up: 1), .phases(down: 3, pause: 1, up: 1),
                                       .phases(down: 3, pause: 1, up: 1), .phases(down: 4, pause: 1, up: 1)])
    }

    @Test func aLoadedMoveSwitchesToItsVariantAtStep4() {
        let harder = { (card: ExerciseCard) in card.id == "db_rdl" ? PlanTestCards.named("sl_rdl") : nil }
        #expect(progress("db_rdl", step: 3, harder: harder).card.id == "db_rdl")
        let result = progress("db_rdl", step: 4, harder: harder)
        #expect(result.card.id == "sl_rdl")
        #expect(result.variantOf?.id == "db_rdl")
        #expect(result.dose.summary == "3 × 8")
        #expect(progress("db_rdl", step: 5, harder: harder).dose.summary == "3 × 10")
    }

    @Test func aBodyweightMoveSwitchesAtStep3OrKeepsAddingReps() {
        let switched = progress("glute_bridge", step: 3, harder: { $0.id == "glute_bridge" ? PlanTestCards.named("sl_glute_bridge") : nil })
        #expect(switched.card.id == "sl_glute_bridge")
        #expect(switched.dose.summary == "3 × 10")
        let kept = progress("glute_bridge", step: 3)
        #expect(kept.card.id == "glute_bridge")
        #expect(kept.dose.summary == "4 × 14")
        #expect(!kept.addsLoad)
    }

    @Test func fifteenMinuteSessionsKeepTwoSets() {
        #expect((0...4).map { progress("sl_rdl", step: $0, fixedSets: 2).dose.sets } == [2, 2, 2, 2, 2])
        // With fixed sets the sets step is a second reps step: weeks 2 and 3 are never the same.
        #expect((0...2).map { progress("sl_rdl", step: $0, fixedSets: 2).dose.summary } == ["2 × 8", "2 × 10", "2 × 12"])
    }

    @Test func holdsGrowInSeconds() {
        #expect(progress("front_plank", step: 1).dose.summary == "3 × 50 s")
    }

    @Test func holdsStopAtTheirCap() {
        // DOMAIN §2: side plank about 45 s, Copenhagen about 30 s, plank about 60 s; then lever or variant.
        #expect((1...6).map { progress("front_plank", step: $0, fixedSets: 3).dose.work }.allSatisfy { $0 == .seconds(60) || $0 == .seconds(50) })
        #expect(Progression.holdCap(PlanTestCards.named("side_plank")) == 45)
        #expect(Progression.holdCap(PlanTestCards.named("copenhagen_plank")) == 30)
    }

    @Test func aBodyWeightMoveNeverSaysAddLoad() {
        // The single-leg calf raise needs no weight and its dose holds none: it progresses by reps.
        let catalog = try! Catalog.bundled()
        let card = catalog.card(id: "sl_calf_raise")!
        for step in 0...4 {
            let result = Progression.apply(card, level: .intermediate, step: step, fixedSets: nil, contactCap: 60,
                                           canLoad: { _ in true }, harder: { _ in nil })!
            #expect(!result.addsLoad, "step \(step)")
        }
    }

    @Test func heavyLiftsStayHeavyAndSetsStayCapped() {
        #expect(progress("trap_bar_deadlift", level: .advanced, step: 1, maxReps: 6).dose.summary == "4 × 3–5")
        #expect(progress("sl_rdl", level: .advanced, step: 2).dose.sets == PlanConstants.maxSets)
    }

    @Test func jumpContactsGrowAtMost20PercentAndStayInBudget() {
        var last: Int?
        for step in 0...10 {
            let dose = progress("pogo_hops", step: step).dose
            let contacts = DoseRule.contacts(dose, unilateral: false)
            #expect(contacts <= 60)
            if let last { #expect(Double(contacts) <= Double(last) * 1.2) }
            last = contacts
        }
        #expect(DoseRule.contacts(progress("sl_hop", level: .advanced, step: 0).dose, unilateral: true) <= 60)
    }

    @Test(arguments: [(1, 1), (2, 1), (3, 2), (4, 2), (5, 3)])
    func deloadHalvesTheSetsRoundingUp(sets: Int, expected: Int) {
        #expect(DoseRule.lighten(.reps(sets, 10, rest: 60)).sets == expected)
    }

    @Test func effortByLevelAndWeek() {
        let card = PlanTestCards.named("sl_rdl")
        let dose = Dose.reps(3, 8, rest: 60)
        #expect(DoseRule.rir(level: .beginner, weekNumber: 4, card: card, dose: dose, light: false, role: .singleLeg) == RepsInReserve(3, 4))
        #expect(DoseRule.rir(level: .beginner, weekNumber: 5, card: card, dose: dose, light: false, role: .singleLeg) == RepsInReserve(2, 3))
        #expect(DoseRule.rir(level: .intermediate, weekNumber: 1, card: card, dose: dose, light: false, role: .singleLeg) == RepsInReserve(2, 3))
        #expect(DoseRule.rir(level: .advanced, weekNumber: 1, card: card, dose: dose, light: false, role: .heavyLift) == RepsInReserve(1, 2))
        #expect(DoseRule.rir(level: .advanced, weekNumber: 1, card: card, dose: dose, light: true, role: .heavyLift) == RepsInReserve(3, 4))
        #expect(DoseRule.rir(level: .advanced, weekNumber: 1, card: PlanTestCards.named("pogo_hops"), dose: dose, light: false, role: .singleLeg) == nil)
        #expect(DoseRule.rir(level: .advanced, weekNumber: 1, card: card, dose: .hold(3, seconds: 30, rest: 30), light: false, role: .singleLeg) == nil)
        #expect(RepsInReserve(2, 3).description == "RIR 2–3")
    }
}
