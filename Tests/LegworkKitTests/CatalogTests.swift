import Foundation
import LegworkAssets
import Testing
@testable import LegworkKit

@Suite("Catalog loading")
struct CatalogTests {
    static let strengthIDs = [
        "glute_bridge", "sl_glute_bridge", "db_rdl", "sl_rdl", "trap_bar_deadlift", "goblet_squat", "split_squat",
        "bulgarian_split_squat", "lateral_lunge", "step_up", "step_down", "sl_box_squat", "wall_sit",
        "side_lying_abduction", "lateral_band_walk", "hip_hike",
    ]

    /// Every bundled card loads without a single problem. With only strength.json this is 16 cards; the
    /// calves, core, power and stretches files bring it to 45.
    @Test func bundledCatalogLoadsWithoutProblems() throws {
        let files = CatalogFixtures.bundledFiles()
        #expect(CatalogFixtures.problems(files) == [])
        let catalog = try Catalog.load(files: files)
        #expect(catalog.cards.count >= 16)
        for id in Self.strengthIDs { #expect(catalog.card(id: id) != nil, "missing \(id)") }
        let bundled = BundledAssets.paths(under: "catalog/").filter { $0.hasSuffix(".json") }
        if bundled.contains("catalog/power.json") {
            // No stand-in needed: the program's own loader sees the same cards.
            let program = try Catalog.bundled()
            #expect(Set(program.ids) == Set(catalog.ids))
            #expect(program.cards.count >= 45)
            #expect(program.ids.prefix(16) == Self.strengthIDs[...])
        }
    }

    @Test func strengthFileHoldsTheSixteenCardsInDomainOrder() throws {
        let text = try #require(BundledAssets.text("catalog/strength.json"))
        let ids = try Catalog.load(files: CatalogFixtures.bundledFiles()).ids
        // The strength file's cards, found by their position in the loaded catalog.
        let first = try #require(ids.firstIndex(of: "glute_bridge"))
        #expect(Array(ids[first..<min(first + 16, ids.count)]) == Self.strengthIDs)
        #expect(text.components(separatedBy: "\"id\": ").count - 1 == 16)
    }

    @Test(arguments: CatalogTests.strengthIDs)
    func strengthCardIsComplete(id: String) throws {
        let catalog = try Catalog.load(files: CatalogFixtures.bundledFiles())
        let card = try #require(catalog.card(id: id))
        #expect(card.kind == .strength)
        #expect(card.qualities?.count == 4)
        #expect(!card.aliases.isEmpty)
        #expect(!card.safety.isEmpty)
        #expect(!card.mistakes.isEmpty)
        // Repetitions at a counted tempo move through a frame between the top and the lowered position;
        // the band walk (own pace) shows its two positions; the wall sit is a hold and has one frame.
        switch card.tempo {
        case .phases: #expect(card.figure.count >= 3)
        case .isometric: #expect(card.figure.count == 1)
        default: #expect(card.figure.count == 2)
        }
        if let regression = card.regression { #expect(catalog.card(id: regression) != nil) }
        if let progression = card.progression { #expect(catalog.card(id: progression) != nil) }
    }

    /// A few values copied from DOMAIN.md §1, to catch a transcription slip.
    @Test func strengthCardsFollowTheDomainTable() throws {
        let catalog = try Catalog.load(files: CatalogFixtures.bundledFiles())
        let slRDL = try #require(catalog.card(id: "sl_rdl"))
        #expect(slRDL.qualities == [.singleLeg: 3, .jointControl: 3, .loadTolerance: 2, .carryover: 3])
        #expect(slRDL.regression == "db_rdl" && slRDL.progression == nil)
        #expect(slRDL.tempo == .phases(down: 3, pause: 1, up: 1))
        let trapBar = try #require(catalog.card(id: "trap_bar_deadlift"))
        #expect(trapBar.dose[.beginner] == nil)
        #expect(trapBar.dose[.advanced]?.work == .reps(3...5))
        #expect(trapBar.dose[.advanced]?.rest == 180)
        let wallSit = try #require(catalog.card(id: "wall_sit"))
        #expect(wallSit.dose[.advanced] == .hold(5, seconds: 45, rest: 120))
        #expect(wallSit.tempo == .isometric)
        let hipHike = try #require(catalog.card(id: "hip_hike"))
        #expect(hipHike.injuries == [.itbs, .knee])
        #expect(hipHike.progression == "step_down")
        #expect(catalog.card(id: "lateral_lunge")?.progression == "lateral_bound")
    }

    @Test func bundledFilesLoadInDomainOrder() {
        let paths = ["catalog/calves.json", "catalog/core.json", "catalog/extra.json", "catalog/power.json",
                     "catalog/strength.json", "catalog/stretches.json", "catalog/another.json"]
        #expect(Catalog.inLoadingOrder(paths) == [
            "catalog/strength.json", "catalog/calves.json", "catalog/core.json", "catalog/power.json",
            "catalog/stretches.json", "catalog/another.json", "catalog/extra.json",
        ])
    }

    @Test func filesLoadInTheGivenOrderAndCardsKeepFileOrder() throws {
        let a = CatalogFixtures.file([CatalogFixtures.card(["id": #""b_card""#]), CatalogFixtures.card(["id": #""a_card""#])])
        let b = CatalogFixtures.file([CatalogFixtures.card(["id": #""c_card""#])])
        let catalog = try Catalog.load(files: [(path: "catalog/b.json", text: b), (path: "catalog/a.json", text: a)])
        #expect(catalog.ids == ["c_card", "b_card", "a_card"])
    }

    @Test func absentOptionalFieldsGetDefaults() throws {
        let text = CatalogFixtures.file([CatalogFixtures.card([
            "aliases": nil, "injuries": nil, "safety": nil, "mistakes": nil, "equipment": nil,
            "unilateral": nil, "tempo": nil, "regression": nil, "progression": nil,
        ])])
        let card = try #require(try Catalog.load(files: [(path: "catalog/t.json", text: text)]).cards.first)
        #expect(card.aliases == [] && card.injuries == [] && card.safety == [] && card.mistakes == [])
        #expect(card.equipment == EquipmentNeeds())
        #expect(card.unilateral == false)
        #expect(card.tempo == Tempo.none)
        #expect(card.regression == nil && card.source == nil && card.protocolNotes == nil)
    }

    @Test func addingImportedCardsKeepsTheirOrderAfterTheCatalog() throws {
        let base = try Catalog.load(files: [(path: "catalog/t.json", text: CatalogFixtures.file([CatalogFixtures.card()]))])
        let imported = ExerciseCard(
            id: "fedb_Air_Bike", name: "Air Bike", kind: .core, muscles: MuscleGroups(primary: [.core]),
            qualities: nil, dose: [:], steps: ["Lie flat on the floor."], cues: [], mistakes: [], runningCue: "",
            source: "free-exercise-db")
        let extended = try base.adding([imported])
        #expect(extended.ids == ["step_up", "fedb_Air_Bike"])
        #expect(extended.card(id: "fedb_Air_Bike")?.isImported == true)
        #expect(base.cards.count == 1)
    }

    @Test(arguments: [
        ("step_up", "step_up"), ("Step-Up", "step_up"), ("step up", "step_up"),
        ("Controlled step-up", "step_up"), ("box step-up", "step_up"),
    ])
    func cardNamedFindsIdsNamesAndAliases(query: String, id: String) throws {
        let catalog = try Catalog.load(files: [(path: "catalog/t.json", text: CatalogFixtures.file([CatalogFixtures.card()]))])
        #expect(try catalog.card(named: query).id == id)
    }

    @Test func cardNamedSuggestsTheClosestIds() throws {
        let catalog = try Catalog.load(files: CatalogFixtures.bundledFiles())
        #expect(throws: UnknownValueError(
            what: "exercise", value: "stepup", suggestions: ["step_up"], hint: "list them with: legwork exercises")
        ) { try catalog.card(named: "stepup") }
        let error = #expect(throws: UnknownValueError.self) { try catalog.card(named: "split_sqat") }
        #expect(error?.description == #"unknown exercise "split_sqat"; did you mean "split_squat"? (list them with: legwork exercises)"#)
    }
}

@Suite("Catalog JSON output")
struct CatalogJSONTests {
    @Test func oneCardHasEveryKeySortedWithNulls() throws {
        let catalog = try Catalog.load(files: [(path: "catalog/t.json", text: CatalogFixtures.file([CatalogFixtures.card()]))])
        let card = try #require(catalog.cards.first)
        let json = CatalogJSON.encode(card)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == ExerciseCard.CodingKeys.allCases.map(\.rawValue).sorted())
        #expect(object["regression"] is NSNull)
        #expect(object["source"] is NSNull)
        #expect(object["protocolNotes"] is NSNull)
        // Sorted keys, pretty printed: "aliases" is the first key, two spaces in.
        #expect(json.hasPrefix("{\n  \"aliases\" : [\n"))
        #expect(json.contains(#""dose" : {"#))
        #expect(json.contains(#""reps" : "3-5""#))
    }

    @Test func listOutputReadsBackAsTheSameCatalog() throws {
        let original = try Catalog.load(files: CatalogFixtures.bundledFiles())
        let json = CatalogJSON.encode(original.cards)
        #expect(json.hasPrefix("{\n  \"cards\" : ["))
        #expect(json.hasSuffix("\"format\" : 1\n}"))
        let reread = try Catalog.load(files: [(path: "exercises.json", text: json)])
        #expect(reread.cards == original.cards)
    }

    @Test func encodingIsStable() throws {
        let catalog = try Catalog.load(files: CatalogFixtures.bundledFiles())
        #expect(CatalogJSON.encode(catalog.cards) == CatalogJSON.encode(catalog.cards))
        let decoded = try JSONDecoder().decode(ExerciseCard.self, from: Data(CatalogJSON.encode(catalog.cards[0]).utf8))
        #expect(decoded == catalog.cards[0])
    }
}
