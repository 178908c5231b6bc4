import Testing
@testable import LegworkKit

@Suite("Plan rule: ExerciseSelector")
struct PlanSelectorTests {
    let cards = PlanTestCards.all

    func selector(_ edit: (inout Profile) -> Void) -> ExerciseSelector {
        ExerciseSelector(cards: cards, profile: PlanFixtures.profile(edit))
    }

    let everything: (ExerciseCard) -> Bool = { _ in true }

    @Test(arguments: [PlanSlot.gluteMed, .plyometric, .heavyLift, .singleLegMain, .singleLegSecond, .calf, .carry, .core])
    func beginnerNeverGetsACardWithoutABeginnerDose(slot: PlanSlot) {
        let s = selector { $0.experience = .new; $0.equipment = PlanTestCards.gym }
        for choice in s.options(for: slot, allowed: everything) {
            #expect(choice.card.dose[.beginner] != nil, "\(choice.card.id) in \(slot)")
        }
        #expect(!s.options(for: .heavyLift, allowed: everything).contains { $0.card.id == "trap_bar_deadlift" })
    }

    @Test func missingEquipmentGivesTheRegression() {
        let s = selector { $0.experience = .seasoned; $0.equipment = [.mat, .dumbbells] }
        let first = s.options(for: .heavyLift, allowed: everything).first
        #expect(first?.card.id == "db_rdl")
        #expect(first?.origin == .regression(of: PlanTestCards.named("trap_bar_deadlift"), missing: [.trapBar]))
    }

    @Test func aKettlebellStandsInForDumbbells() {
        let s = selector { $0.experience = .regular; $0.equipment = [.mat, .kettlebell] }
        #expect(s.isDoable(PlanTestCards.named("sl_rdl")))
        // A chair is the bench everyone has (DOMAIN.md §1: household items count).
        #expect(s.isDoable(PlanTestCards.named("bulgarian_split_squat")))
        #expect(s.missing(PlanTestCards.named("bulgarian_split_squat")).isEmpty)
    }

    @Test func aMatOnlyRunnerGetsTheRegressionNotTheStairSubstitute() {
        let s = selector { $0.equipment = [.mat] }
        let options = s.options(for: .singleLegMain, allowed: everything)
        // Never the stair; only what the mat and household items allow.
        #expect(!options.isEmpty && !options.contains { $0.card.id == "step_up" })
        for slot in [PlanSlot.gluteMed, .plyometric, .heavyLift, .singleLegMain, .singleLegSecond, .calf, .carry, .core] {
            for choice in s.options(for: slot, allowed: everything) {
                #expect(s.isDoable(choice.card), "\(choice.card.id) in \(slot) needs \(s.missing(choice.card))")
            }
        }
    }

    @Test func aSlotNothingFitsIsLeftEmpty() {
        // Calf raises need only the floor (DOMAIN.md §1): every runner gets calf work.
        let s = selector { $0.equipment = [.mat] }
        #expect(!s.options(for: .calf, allowed: everything).isEmpty)
        // With the calf cards the runner can do ruled out, nothing fits and the slot is left empty.
        let none = s.options(for: .calf) { !s.isDoable($0) }
        #expect(none.isEmpty)
    }

    @Test func householdSubstitutesCountAndOthersDoNot() {
        let bare = selector { $0.equipment = [] }
        // "a belt or a scarf" for a towel: household things.
        #expect(bare.isDoable(PlanTestCards.named("supine_hamstring_stretch")))
        #expect(bare.standIns(PlanTestCards.named("supine_hamstring_stretch")) == ["No towel: a belt or a scarf."])
        // "the bottom stair" for a step, "a chair" for a bench: equipment the runner did not list.
        #expect(!bare.isDoable(PlanTestCards.named("step_up")))
        #expect(bare.isDoable(PlanTestCards.named("seated_soleus_raise")), "a chair and a loaded backpack are household items")
        #expect(!bare.isDoable(PlanTestCards.named("glute_bridge")), "no substitute written for the mat")
        #expect(bare.isDoable(PlanTestCards.named("split_squat")), "body weight always fits")
    }

    @Test func theChainCardThatStillDoesTheJobComesFirst() {
        // Heavy lift, mat only: down from the trap-bar deadlift (dumbbells for its regression) to the glute bridge.
        let s = selector { $0.experience = .regular; $0.goal = .pr; $0.equipment = [.mat] }
        let first = s.options(for: .heavyLift, allowed: everything).first
        #expect(first?.card.id == "glute_bridge")
        #expect(first?.origin == .weakerRegression(of: PlanTestCards.named("trap_bar_deadlift"), missing: [.trapBar]))
    }

    @Test func anyCardDoingTheJobLooselyWhenNoChainHelps() {
        // Without regression links there is no chain to walk: a loose fit the mat allows does the heavy lift.
        let unlinked = cards.map { card -> ExerciseCard in var c = card; c.regression = nil; return c }
        let s = ExerciseSelector(cards: unlinked, profile: PlanFixtures.profile { $0.experience = .regular; $0.goal = .pr; $0.equipment = [.mat] })
        let options = s.options(for: .heavyLift, allowed: everything)
        #expect(options.map(\.card.id) == ["glute_bridge"])
        #expect(options.allSatisfy { $0.origin == .relaxed })
    }

    @Test func onlyWhatTheRunnerCanLoadProgressesByLoad() {
        let abduction = PlanTestCards.named("side_lying_abduction")
        #expect(!selector { $0.equipment = [.mat] }.canLoad(abduction))
        #expect(selector { $0.equipment = [.mat, .kettlebell] }.canLoad(abduction))
        #expect(selector { $0.equipment = [.mat] }.canLoad(PlanTestCards.named("sl_rdl")))
        #expect(!selector { $0.equipment = PlanTestCards.gym }.canLoad(PlanTestCards.named("front_plank")))
    }

    @Test func relaxedFitWhenNothingStrictCanBeDone() {
        // Cards without substitutes, and none needing a household item, so only the runner's list counts.
        let bare = cards.filter { Set($0.equipment.required).isDisjoint(with: PlanConstants.householdEquipment) }
            .map { card -> ExerciseCard in var c = card; c.equipment.substitutes = [:]; return c }
        let s = ExerciseSelector(cards: bare, profile: PlanFixtures.profile { $0.equipment = [] })
        let options = s.options(for: .singleLegMain, allowed: { _ in true })
        // Down the step-up's chain first (DOMAIN.md §2: missing equipment → the regression id).
        #expect(options.first?.origin == .weakerRegression(of: bare.first { $0.id == "step_up" }!, missing: [.step]))
        #expect(options.allSatisfy { $0.card.unilateral && $0.card.score(.singleLeg) >= 2 && s.isDoable($0.card) })
        let loose = s.options(for: .singleLegMain, allowed: { $0.id != "split_squat" })
        #expect(loose.first?.origin == .relaxed)
        #expect(loose.allSatisfy { $0.card.unilateral && $0.card.score(.singleLeg) >= 2 && s.isDoable($0.card) })
    }

    @Test func cardsServingTheRunnersInjuryRankFirst() {
        let knee = selector { $0.experience = .regular; $0.equipment = PlanTestCards.gym; $0.injuries = [InjuryStatus(.knee, .current(pain: 2))] }
        #expect(knee.options(for: .singleLegMain, allowed: everything).first?.card.injuries.contains(.knee) == true)
        let sidePlank = PlanTestCards.named("side_plank")
        let past = selector { $0.injuries = [InjuryStatus(.itbs, .past)] }.score(sidePlank, for: .core)
        let current = selector { $0.injuries = [InjuryStatus(.itbs, .current(pain: 2))] }.score(sidePlank, for: .core)
        let none = selector { _ in }.score(sidePlank, for: .core)
        #expect(past == none + 30)
        #expect(current == none + 60)
    }

    @Test func stretchesAndProtocolsNeverFillAStrengthSlot() {
        let s = selector { $0.equipment = PlanTestCards.gym; $0.experience = .regular }
        for slot in [PlanSlot.gluteMed, .plyometric, .heavyLift, .singleLegMain, .singleLegSecond, .calf, .carry, .core] {
            #expect(s.options(for: slot, allowed: everything).allSatisfy { $0.card.kind != .stretch && $0.card.protocolNotes == nil })
        }
    }

    /// Every level starts with the easiest jump (DOMAIN §2, pr_speed: pogo hops → single-leg hop → bound);
    /// the progression moves on from there.
    @Test func plyometricsStartWithTheEasiestJumpAtEveryLevel() {
        #expect(["pogo_hops", "sl_hop", "lateral_bound"].map { selector { _ in }.plyoDepth(PlanTestCards.named($0)) } == [0, 1, 2])
        for experience in Experience.allCases {
            #expect(selector { $0.experience = experience }.options(for: .plyometric, allowed: everything).first?.card.id == "pogo_hops", "\(experience)")
        }
    }

    @Test func halfAndMarathonRunnersCarry() {
        let marathon = selector { $0.experience = .regular; $0.equipment = PlanTestCards.gym; $0.raceDistance = .marathon }
        let carry = PlanTestCards.named("suitcase_carry")
        let plain = selector { $0.experience = .regular; $0.equipment = PlanTestCards.gym; $0.raceDistance = .tenK }
        #expect(marathon.score(carry, for: .core) == plain.score(carry, for: .core) + 40)
        #expect(marathon.options(for: .core, allowed: everything).first?.card.id == "suitcase_carry")
    }

    /// A carry is what its card says (`pattern`), not what its name or aliases say: a name is words for
    /// the runner, and rewording one must not move a card into or out of the carry place.
    @Test func carriesAreRecognisedByTheirPatternNotTheirName() {
        #expect(SlotCriteria.isCarry(PlanTestCards.named("suitcase_carry")))
        #expect(!SlotCriteria.isCarry(PlanTestCards.named("side_plank")))
        var renamed = PlanTestCards.named("suitcase_carry")
        renamed.name = "Suitcase march"
        renamed.aliases = []
        #expect(SlotCriteria.isCarry(renamed))
        var named = PlanTestCards.named("side_plank")
        named.name = "Side plank carry-over"
        named.aliases = ["loaded carry"]
        #expect(!SlotCriteria.isCarry(named))
        #expect(SlotCriteria.fits(renamed, .carry, relaxed: false) && !SlotCriteria.fits(named, .carry, relaxed: false))
        // The built-in catalog marks its carry.
        let bundled = (try? Catalog.bundled().cards) ?? []
        #expect(bundled.filter(SlotCriteria.isCarry).map(\.id) == ["suitcase_carry"])
    }

    @Test func oneStepEasierAndHarderVariant() {
        let s = selector { $0.experience = .regular; $0.equipment = [.mat, .dumbbells] }
        #expect(s.oneStepEasier(PlanTestCards.named("sl_rdl"))?.id == "db_rdl")
        #expect(s.harderVariant(PlanTestCards.named("glute_bridge"), allowed: everything)?.id == "sl_glute_bridge")
        #expect(s.harderVariant(PlanTestCards.named("split_squat"), allowed: everything)?.id == "bulgarian_split_squat")  // a chair
    }
}
