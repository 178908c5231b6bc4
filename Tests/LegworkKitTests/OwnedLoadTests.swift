import Testing
@testable import LegworkKit

/// Loads the runner owns: the heaviest dumbbell and a loaded backpack cap what the plan and the log ask
/// (issue: "dumbbell-max-kg and a backpack's load, when given, cap what is asked").
@Suite("Plan rule: OwnedLoad")
struct OwnedLoadTests {
    static let catalog = try! Catalog.bundled()
    static let start = CalendarDate(year: 2026, month: 1, day: 5)!

    static func items(_ profile: Profile) -> [(PlanItem, ExerciseSelector)] {
        let selector = ExerciseSelector(cards: catalog.cards, profile: profile)
        return PlanGenerator(cards: catalog.cards).plan(for: profile, start: start).sessionDays
            .flatMap { $0.session!.items }.map { ($0, selector) }
    }

    static func asksForMore(_ item: PlanItem) -> Bool { item.dose.load?.asksForMore == true }

    static let seasoned = Profile(experience: .seasoned, goal: .stamina, runDays: [.tue, .thu, .sat], longRunDay: .sat,
                                  sessionMinutes: .long, equipment: [.mat, .step])

    @Test func aLightBackpackNeverGetsAHeavyOrRisingDose() {
        var runner = Self.seasoned
        runner.backpackKg = 6
        let items = Self.items(runner)
        let byBackpack = items.filter { item, selector in
            Self.catalog.card(id: item.cardID).flatMap { OwnedLoad.cap($0, selector: selector) }?.tool == .backpack
        }.map(\.0)
        #expect(!byBackpack.isEmpty)
        #expect(byBackpack.allSatisfy { !Self.asksForMore($0) }, "\(Set(byBackpack.compactMap(\.dose.load?.words)))")
        let capped = byBackpack.filter { ($0.dose.load?.words ?? "").hasPrefix("your 6 kg backpack, lowered over 4 s") }
        #expect(!capped.isEmpty, "says so in plain words")
        // With a step the lowering can start from its edge: a deficit for the calf work.
        #expect(capped.contains { $0.role == .calf && ($0.dose.load?.words ?? "").contains("from the step's edge") })

        // Without a weight given, the same plan asks for more load: the cap is what changed it.
        #expect(Self.items(Self.seasoned).contains { Self.asksForMore($0.0) })
        // A backpack heavy enough is no cap.
        runner.backpackKg = 15
        #expect(Self.items(runner).contains { Self.asksForMore($0.0) })
    }

    @Test func lightDumbbellsNeverGetARisingDoseEither() {
        var runner = Self.seasoned
        runner.equipment.insert(.dumbbells)
        runner.dumbbellMaxKg = 4
        let items = Self.items(runner).map(\.0)
        #expect(items.allSatisfy { !Self.asksForMore($0) }, "\(Set(items.compactMap(\.dose.load?.words)))")
        #expect(items.contains { ($0.dose.load?.words ?? "").hasPrefix("your 4 kg dumbbells") })
        #expect(!items.contains { ($0.dose.load?.words ?? "").contains("backpack") }, "dumbbells load what dumbbells can")
    }

    @Test func theLogNeverAddsWeightPastTheBackpack() {
        let plan = ProgressLogDrivenTests.onePlan("sl_calf_raise", Dose(sets: 3, work: .reps(8...8), rest: 90, load: "a loaded backpack"))
        let sets = ProgressLogDrivenTests.loggedTop("sl_calf_raise", reps: 8, kg: 6)
        func thursday(_ profile: Profile) -> PlanItem {
            AutoRegulation.adjust(plan, catalog: Self.catalog, sets: sets, from: ProgressLogDrivenTests.monday.adding(days: 1), profile: profile)
                .session(on: ProgressLogDrivenTests.monday.adding(days: 3))!.items[0]
        }
        var runner = Profile(experience: .regular, equipment: [.mat, .step])
        runner.backpackKg = 6
        let held = thursday(runner)
        #expect(held.change == "hold: your backpack holds 6 kg, so 2 more reps instead of more weight")
        #expect(held.dose.work == .reps(10...10))
        #expect(held.dose.load == .kilograms(6))
        runner.backpackKg = 12
        let rose = thursday(runner)
        #expect(rose.change?.hasPrefix("up 1 kg") == true, "\(rose.change ?? "")")
        #expect(rose.dose.load == .kilograms(7))
    }
}

extension OwnedLoadTests {
    /// What loads a card is read from the equipment its stand-ins name, not from a word in a sentence: a
    /// rucksack is a backpack, and a stand-in that names a dumbbell in the plural still counts.
    @Test func theToolIsTheEquipmentAStandInNames() {
        let rucksack = PlanTestCards.card("split_squat_loaded", "Loaded split squat", .strength, [.quads], opt: [.dumbbells], uni: true,
                                          q: "3-2-2-3", dose: "2x10/3x10/3x8", subs: ["dumbbells": "a rucksack with books"])
        var runner = Self.seasoned
        runner.equipment.insert(.backpack)
        runner.backpackKg = 8
        let selector = ExerciseSelector(cards: [rucksack], profile: runner)
        #expect(OwnedLoad.tool(rucksack, selector: selector) == .backpack)
        #expect(OwnedLoad.cap(rucksack, selector: selector)?.kg == 8)

        let bell = PlanTestCards.card("bell_swing", "Swing", .strength, [.gluteMax], opt: [.kettlebell], q: "0-2-3-2", dose: "2x10/3x10/3x12",
                                      subs: ["kettlebell": "two Dumbbells held together"])
        var owner = Self.seasoned
        owner.equipment.insert(.dumbbells)
        owner.dumbbellMaxKg = 12
        #expect(OwnedLoad.tool(bell, selector: ExerciseSelector(cards: [bell], profile: owner)) == .dumbbells)
        // Without dumbbells or a backpack nothing caps it.
        #expect(OwnedLoad.tool(bell, selector: ExerciseSelector(cards: [bell], profile: Self.seasoned)) == nil)
    }
}

extension OwnedLoadTests {
    /// A weight logged above the heaviest dumbbell the profile now gives (lighter ones bought, heavier ones
    /// sold) is not asked again: a hold or a load the runner cannot add keeps to what they own.
    @Test func aHeldWeightIsNeverMoreThanTheHeaviestOwned() throws {
        let card = try #require(Self.catalog.card(id: "sl_rdl"))
        var runner = Self.seasoned
        runner.equipment.insert(.dumbbells)
        runner.dumbbellMaxKg = 20
        let selector = ExerciseSelector(cards: Self.catalog.cards, profile: runner)
        func owned(_ change: DoseDecision.Change, _ kg: Double?) -> DoseDecision {
            AutoRegulation.owned(DoseDecision(exerciseID: card.id, change: change, nextLoadKg: kg, reason: .nothingLogged), card: card,
                                 profile: runner, selector: selector, catalog: Self.catalog)
        }
        let more = owned(.addLoad(fromKg: 21, toKg: 22), 22)
        #expect(more.change == .hold)
        #expect(more.nextLoadKg == 20)
        #expect(owned(.addLoad(fromKg: 18, toKg: 22), 22).nextLoadKg == 18)
        #expect(owned(.hold, 21).nextLoadKg == 20)
        #expect(owned(.hold, 18).nextLoadKg == 18)
        #expect(owned(.addLoad(fromKg: 16, toKg: 18), 18).change == .addLoad(fromKg: 16, toKg: 18))
    }
}
