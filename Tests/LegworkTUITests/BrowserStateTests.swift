import LegworkKit
import Testing
@testable import LegworkTUI

/// Filters and search as the browser applies them, without drawing.
@Suite struct BrowserStateTests {
    func names(_ state: BrowserState) -> [String] { state.matches.map(\.name) }

    @Test func rdlFindsBothRDLs() {
        var state = BrowserState(cards: shippedCatalog.cards)
        state.setSearch("rdl")
        #expect(Set(state.matches.map(\.id)) == ["db_rdl", "sl_rdl"])
        #expect(state.countText == "2 of 45")
    }

    @Test func bridgeFindsTheBridges() {
        var state = BrowserState(cards: shippedCatalog.cards)
        state.setSearch("bridge")
        #expect(names(state).starts(with: ["Glute bridge", "Single-leg glute bridge"]))
        #expect(state.matches.allSatisfy { ($0.name + " " + $0.aliases.joined(separator: " ")).lowercased().contains("bridge") })
    }

    @Test func theLevelStartsAtTheProfileLevel() {
        let state = BrowserState(cards: shippedCatalog.cards, level: .beginner)
        #expect(state.label(.level) == "beginner")
        #expect(state.matches.allSatisfy { $0.dose[.beginner] != nil })
        #expect(state.matches.count < 45)
    }

    @Test(arguments: BrowserState.Criterion.allCases)
    func everyFilterCyclesBackToAll(criterion: BrowserState.Criterion) {
        var state = BrowserState(cards: shippedCatalog.cards, myEquipment: [.mat])
        var seen: [String] = []
        repeat {
            state.cycle(criterion)
            seen.append(state.label(criterion))
        } while state.isActive(criterion) && seen.count < 50
        #expect(seen.last == ["equipment": "any", "source": "Legwork's"][criterion.rawValue, default: "all"])
        #expect(Set(seen).count == seen.count)
        #expect(state.matches.count == 45)
    }

    @Test func kindQualityMuscleInjury() {
        var state = BrowserState(cards: shippedCatalog.cards)
        state.cycle(.kind); state.cycle(.kind); state.cycle(.kind); state.cycle(.kind)
        #expect(state.label(.kind) == "stretch")
        #expect(state.matches.count == 14)
        state.clear()
        state.cycle(.quality)
        #expect(state.matches.allSatisfy { $0.score(.singleLeg) >= 2 })
        state.clear()
        state.cycle(.injury); state.cycle(.injury); state.cycle(.injury); state.cycle(.injury)
        #expect(state.label(.injury) == "achilles")
        #expect(state.matches.contains { $0.id == "alfredson" || $0.name.contains("Alfredson") })
        #expect(state.matches.allSatisfy { $0.injuries.contains(.achilles) })
    }

    @Test func equipmentIHaveTogglesAndIsBodyWeightWithoutAProfile() {
        var mine = BrowserState(cards: shippedCatalog.cards, myEquipment: [.mat, .wall])
        mine.cycle(.equipment)
        #expect(mine.label(.equipment) == "mine")
        #expect(mine.matches.allSatisfy { Set($0.equipment.required).isSubset(of: [.mat, .wall]) })
        #expect(mine.matches.contains { $0.id == "wall_sit" })
        mine.cycle(.equipment)
        #expect(mine.label(.equipment) == "any")
        var none = BrowserState(cards: shippedCatalog.cards)
        none.cycle(.equipment)
        #expect(none.label(.equipment) == "none")
        #expect(none.matches.allSatisfy { $0.equipment.required.isEmpty })
        #expect(!none.matches.isEmpty)
    }

    @Test func importedCardsWithUnlistedEquipmentAreNeverAtHand() {
        let barbell = ExerciseCard(
            id: "fedb:squat", name: "Barbell Squat", kind: .strength, muscles: MuscleGroups(primary: [.quads]),
            equipment: EquipmentNeeds(substitutes: ["barbell": "not in Legwork's equipment list: needs a barbell"]),
            qualities: nil, dose: [.beginner: .reps(2, 10, rest: 60)], steps: ["Squat."], cues: [], mistakes: [],
            runningCue: "", source: "free-exercise-db")
        var state = BrowserState(cards: shippedCatalog.cards + [barbell], myEquipment: Set(Equipment.allCases))
        state.cycle(.source)
        #expect(state.matches.contains(barbell))
        state.cycle(.equipment)
        #expect(!state.matches.contains(barbell))
        state.cycle(.equipment)
        state.remove(id: barbell.id)
        #expect(state.countText == "45 of 45")
    }
}

@Suite struct BrowserSourceTests {
    static let curl = ExerciseCard(
        id: "fedb:bridge_curl", name: "Bridge Curl", kind: .strength, muscles: MuscleGroups(primary: [.hamstrings]),
        equipment: EquipmentNeeds(), qualities: nil, dose: [.beginner: .reps(2, 10, rest: 60)], steps: ["Curl."], cues: [], mistakes: [],
        runningCue: "", source: "free-exercise-db")

    @Test func importedCardsWaitBehindTheSourceFilterAndComeAfterLegworksOwn() {
        var state = BrowserState(cards: [Self.curl] + shippedCatalog.cards)
        #expect(!state.matches.contains(Self.curl))
        #expect(state.hiddenImported == 1)
        #expect(state.label(.source) == "Legwork's")
        state.setSearch("bridge")
        #expect(state.matches.allSatisfy { !$0.isImported })
        state.cycle(.source)
        #expect(state.label(.source) == "all")
        #expect(state.matches.last == Self.curl, "ranked after Legwork's bridges: \(state.matches.map(\.name))")
        #expect(state.matches.count > 1)
        state.cycle(.source)
        #expect(state.matches == [Self.curl])
        #expect(state.countText == "1 of 1")
        state.clear()
        #expect(state.label(.source) == "Legwork's")
    }

    @Test func theScreenSaysWhatIsHiddenAndExplainsItsColumns() throws {
        let screen = BrowserScreen(catalog: try shippedCatalog.adding([Self.curl]), level: nil)
        let first = try frames(of: screen, [])[0]
        #expect(first.lines[4].hasSuffix("45 of 45 (+1 imported: s)"))
        #expect(first.text.contains("s source: Legwork's"))
        #expect(first.lines[22] == " SL single-leg · JC joint control · LT load tolerance · CO carryover (0–3)")
        let none = try frames(of: screen, [.key(.character("/"))] + typing("curl"))
        #expect(none[none.count - 1].text.contains("Press s to"))
        #expect(none[none.count - 1].text.contains("search the 1 imported cards too."))
    }
}
