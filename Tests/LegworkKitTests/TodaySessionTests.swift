import Testing
@testable import LegworkKit

@Suite("TodaySession")
struct TodaySessionTests {
    let catalog = try! Catalog.bundled()
    let date = CalendarDate(year: 2025, month: 3, day: 4)!
    let everything = Profile(equipment: Set(Equipment.allCases))

    @Test("with all equipment, today is the foundation five in order, at the level's doses")
    func foundationFive() throws {
        let plan = try TodaySession.plan(catalog: catalog, profile: everything, level: .intermediate, date: date)
        #expect(plan.items.map(\.cardID) == TodaySession.foundation)
        #expect(plan.kind == .strength)
        let bridge = try #require(catalog.card(id: "glute_bridge"))
        #expect(plan.items[0].dose == bridge.dose[.intermediate])
        #expect(plan.items[0].cue == bridge.cues[0])
        #expect(plan.items[0].figure == bridge.figure)
        #expect(plan.items[1].unilateral)
    }

    @Test("the running cue is one of the cards' and changes with the day", arguments: 0..<5)
    func runningCue(offset: Int) throws {
        let plan = try TodaySession.plan(catalog: catalog, profile: everything, level: .beginner, date: date.adding(days: offset))
        let cues = TodaySession.foundation.compactMap { catalog.card(id: $0)?.runningCue }
        #expect(plan.runningCue == cues[(date.dayNumber + offset) % cues.count])
    }

    @Test("doses follow the level", arguments: Level.allCases)
    func levels(level: Level) throws {
        let plan = try TodaySession.plan(catalog: catalog, profile: everything, level: level, date: date)
        for item in plan.items {
            #expect(item.dose == catalog.card(id: item.cardID)?.dose[level])
        }
    }

    @Test("a runner with only a mat gets regressions for band and step, never a card twice")
    func missingEquipment() throws {
        let matOnly = Profile(equipment: [.mat])
        let plan = try TodaySession.plan(catalog: catalog, profile: matOnly, level: .beginner, date: date)
        let ids = plan.items.map(\.cardID)
        #expect(ids[2] == "side_lying_abduction")   // lateral_band_walk needs a mini-band
        #expect(ids[3] == "split_squat")            // step_up needs a step
        #expect(ids[1] == "sl_rdl")                 // its regressions need dumbbells or are already in
        #expect(Set(ids).count == ids.count)
    }

    @Test("without a profile every card stays as it is")
    func noProfile() throws {
        let plan = try TodaySession.plan(catalog: catalog, profile: nil, level: .beginner, date: date)
        #expect(plan.items.map(\.cardID) == TodaySession.foundation)
    }

    @Test("one card is a one-exercise session with its own running cue")
    func singleCard() throws {
        let plan = try TodaySession.single(cardID: "front_plank", catalog: catalog, profile: everything, level: .beginner)
        #expect(plan.items.map(\.cardID) == ["front_plank"])
        #expect(plan.runningCue == catalog.card(id: "front_plank")?.runningCue)
        #expect(SessionEngine(plan: plan).steps.contains { $0.kind == .rest })
    }

    @Test("an unknown id says so and suggests ids")
    func unknownCard() {
        #expect(throws: TodaySessionError.self) {
            try TodaySession.single(cardID: "glute_brige", catalog: catalog, profile: nil, level: .beginner)
        }
        let error = TodaySessionError.unknownCard("glute_brige", suggestions: ["glute_bridge"])
        #expect(error.description.contains("did you mean glute_bridge"))
    }
}

/// A card chosen by id for a runner without its gear: done with a household stand-in and said so, or
/// its easier variant and said so, never asking for gear the runner lacks.
@Suite struct OneCardSwapTests {
    let catalog = try! Catalog.bundled()

    @Test func aGobletSquatWithoutDumbbellsIsDoneWithABackpackAndSaysSo() throws {
        let (plan, swaps) = try TodaySession.singleCard(cardID: "goblet_squat", catalog: catalog, profile: Profile(equipment: [.mat]), level: .beginner)
        #expect(plan.items.map(\.cardID) == ["goblet_squat"])
        #expect(plan.items[0].dose.load?.words.contains("dumbbell") == false)
        #expect(plan.items[0].dose.load?.words.contains("backpack") == true)
        #expect(swaps == ["Tempo goblet squat needs dumbbells: a loaded backpack hugged to the chest instead."])
    }

    @Test func aRunnerWithDumbbellsGetsTheCardAsItIs() throws {
        let (plan, swaps) = try TodaySession.singleCard(cardID: "goblet_squat", catalog: catalog, profile: Profile(equipment: [.dumbbells]), level: .beginner)
        #expect(plan.items.map(\.cardID) == ["goblet_squat"])
        #expect(plan.items[0].dose.load?.words.contains("dumbbell") == true)
        #expect(swaps.isEmpty)
    }

    @Test func aCardNoStandInMakesPossibleGoesToItsEasierVariantAndSaysSo() throws {
        // A trap-bar deadlift has no household stand-in for the trap bar.
        let (plan, swaps) = try TodaySession.singleCard(cardID: "trap_bar_deadlift", catalog: catalog, profile: Profile(equipment: [.mat]), level: .intermediate)
        #expect(plan.items[0].cardID != "trap_bar_deadlift")
        #expect(swaps.first?.hasPrefix("Trap-bar deadlift needs a trap bar: ") == true)
        #expect(swaps.first?.hasSuffix(" instead.") == true)
    }
}
