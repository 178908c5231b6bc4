import Testing
@testable import LegworkKit

@Suite("Catalog filters and search")
struct CatalogFilterTests {
    typealias F = CatalogFixtures

    static let catalog: Catalog = {
        do { return try Catalog.load(files: F.bundledFiles()) } catch { fatalError("bundled catalog: \(error)") }
    }()

    /// The ids of the strength file's cards that pass `filter`, in result order.
    func strengthIDs(_ filter: CatalogFilter) -> [String] {
        Self.catalog.cards(matching: filter).map(\.id).filter(CatalogTests.strengthIDs.contains)
    }

    // MARK: - Search

    @Test(arguments: [
        ("rdl", ["db_rdl", "sl_rdl"]),
        ("RDL", ["db_rdl", "sl_rdl"]),
        ("bridge", ["glute_bridge", "sl_glute_bridge"]),
        ("step", ["step_up", "step_down"]),
        ("sl rd", ["sl_rdl"]),
        ("single-leg r", ["sl_rdl"]),
        ("monster", ["lateral_band_walk"]),
        ("romanian", ["db_rdl", "sl_rdl"]),
        ("hex", ["trap_bar_deadlift"]),
    ])
    func searchFindsCardsByNameAliasAndID(query: String, expected: [String]) {
        let found = Self.catalog.cards(matching: CatalogFilter(search: query)).map(\.id)
        #expect(Array(found.prefix(expected.count)) == expected)
    }

    @Test func searchIsIncremental() {
        let counts = ["s", "si", "sin", "single", "single-", "single-leg", "single-leg b"].map {
            Self.catalog.cards(matching: CatalogFilter(search: $0)).count
        }
        #expect(counts == counts.sorted(by: >))
        #expect(Self.catalog.cards(matching: CatalogFilter(search: "single-leg b")).map(\.id).prefix(2)
            == ["sl_box_squat", "sl_glute_bridge"])
    }

    @Test func everyQueryWordMustBeginAWord() {
        // "idge" is inside "bridge" but begins no word; "bridge zzz" has a word matching nothing.
        #expect(Self.catalog.cards(matching: CatalogFilter(search: "idge")).isEmpty)
        #expect(Self.catalog.cards(matching: CatalogFilter(search: "bridge zzz")).isEmpty)
    }

    @Test func emptySearchKeepsCatalogOrder() {
        #expect(Self.catalog.cards(matching: CatalogFilter(search: "  ")).map(\.id) == Self.catalog.ids)
        #expect(Self.catalog.cards(matching: CatalogFilter()).map(\.id) == Self.catalog.ids)
    }

    @Test func betterMatchesComeFirst() throws {
        // Listed worst match first, so the order of the result comes from the ranking alone.
        let catalog = try Catalog.load(files: [(path: "catalog/t.json", text: F.file([
            F.card(["id": #""spread""#, "name": #""Split squat""#, "aliases": #"["static lunge"]"#]),
            F.card(["id": #""in_alias""#, "name": #""Split jump""#, "aliases": #"["static hold", "static lunge"]"#]),
            F.card(["id": #""alias_start""#, "name": #""Reverse step""#, "aliases": #"["lunge back"]"#]),
            F.card(["id": #""name_word""#, "name": #""Walking lunge""#]),
            F.card(["id": #""no_match""#, "name": #""Wall sit""#]),
            F.card(["id": #""name_start""#, "name": #""Lunge matrix""#]),
        ]))])
        #expect(catalog.cards(matching: CatalogFilter(search: "lunge")).map(\.id)
            == ["name_start", "name_word", "alias_start", "spread", "in_alias"])
        // Words spread over the name and an alias still match, after everything else.
        #expect(catalog.cards(matching: CatalogFilter(search: "split lunge")).map(\.id) == ["spread", "in_alias"])
        #expect(SearchQuery("split lunge").rank(try #require(catalog.card(id: "spread"))) == 4)
        #expect(SearchQuery("no match").rank(try #require(catalog.card(id: "no_match"))) == 2)
    }

    // MARK: - Criteria

    @Test func kindFilter() {
        let strength = Self.catalog.cards(matching: CatalogFilter(kind: .strength))
        #expect(strength.allSatisfy { $0.kind == .strength })
        #expect(strengthIDs(CatalogFilter(kind: .strength)) == CatalogTests.strengthIDs)
        #expect(strengthIDs(CatalogFilter(kind: .stretch)) == [])
    }

    @Test func qualityFilterKeepsScoresOfTwoOrMore() {
        #expect(strengthIDs(CatalogFilter(quality: .singleLeg)) == [
            "sl_glute_bridge", "sl_rdl", "split_squat", "bulgarian_split_squat", "lateral_lunge", "step_up",
            "step_down", "sl_box_squat", "hip_hike",
        ])
        #expect(strengthIDs(CatalogFilter(quality: .loadTolerance)) == [
            "db_rdl", "sl_rdl", "trap_bar_deadlift", "goblet_squat", "split_squat", "bulgarian_split_squat",
            "step_up", "step_down", "sl_box_squat", "wall_sit",
        ])
    }

    @Test func muscleFilterLooksAtPrimaryAndSecondary() {
        #expect(strengthIDs(CatalogFilter(muscle: .gluteMed)) == [
            "sl_glute_bridge", "sl_rdl", "split_squat", "bulgarian_split_squat", "lateral_lunge", "step_up",
            "step_down", "sl_box_squat", "side_lying_abduction", "lateral_band_walk", "hip_hike",
        ])
        #expect(strengthIDs(CatalogFilter(muscle: .adductors)) == [
            "goblet_squat", "split_squat", "bulgarian_split_squat", "lateral_lunge",
        ])
    }

    @Test func equipmentFilterNeedsAllRequiredItems() {
        // The single-leg deadlift needs no equipment: body weight, load optional.
        #expect(strengthIDs(CatalogFilter(equipment: [])) == ["sl_rdl", "split_squat", "lateral_lunge"])
        #expect(strengthIDs(CatalogFilter(equipment: [.mat])) == [
            "glute_bridge", "sl_glute_bridge", "sl_rdl", "split_squat", "lateral_lunge", "side_lying_abduction",
        ])
        // Optional equipment never hides a card: the split squat's dumbbells are optional.
        #expect(strengthIDs(CatalogFilter(equipment: [.step, .bench])) == [
            "sl_rdl", "split_squat", "bulgarian_split_squat", "lateral_lunge", "step_up", "step_down", "sl_box_squat", "hip_hike",
        ])
        #expect(strengthIDs(CatalogFilter(equipment: Set(Equipment.allCases))) == CatalogTests.strengthIDs)
    }

    @Test func injuryAndLevelFilters() {
        #expect(strengthIDs(CatalogFilter(injury: .itbs)) == [
            "glute_bridge", "sl_glute_bridge", "sl_rdl", "bulgarian_split_squat", "lateral_lunge", "step_up",
            "step_down", "side_lying_abduction", "lateral_band_walk", "hip_hike",
        ])
        #expect(strengthIDs(CatalogFilter(injury: .achilles)) == [])
        let beginner = strengthIDs(CatalogFilter(level: .beginner))
        #expect(beginner == CatalogTests.strengthIDs.filter { !["trap_bar_deadlift", "bulgarian_split_squat", "sl_box_squat"].contains($0) })
    }

    @Test func criteriaCombine() {
        let filter = CatalogFilter(kind: .strength, muscle: .quads, equipment: [.step], injury: .knee, level: .beginner, search: "step")
        #expect(Self.catalog.cards(matching: filter).map(\.id) == ["step_up", "step_down"])
        #expect(filter.matches(Self.catalog.card(id: "step_up")!))
        #expect(!filter.matches(Self.catalog.card(id: "sl_box_squat")!))
    }

    @Test func isEmptyOnlyWithoutCriteria() {
        #expect(CatalogFilter().isEmpty)
        #expect(CatalogFilter(search: " - ").isEmpty)
        #expect(!CatalogFilter(search: "rdl").isEmpty)
        #expect(!CatalogFilter(equipment: []).isEmpty)
        #expect(!CatalogFilter(level: .advanced).isEmpty)
    }

    // MARK: - Values from the command line

    @Test func unknownKindSuggestsAndListsValidWords() {
        let error = #expect(throws: UnknownValueError.self) { try CatalogFilter.Value.parse(kind: "strenght") }
        #expect(error?.description == #"unknown kind "strenght"; did you mean "strength"? (valid: strength, core, power, stretch)"#)
        #expect(error?.suggestions == ["strength"])
    }

    @Test(arguments: [
        ("quality", "carry", #"unknown quality "carry"; did you mean "carryover"? (valid: single-leg, joint-control, load-tolerance, carryover)"#),
        ("muscle", "glutes", #"unknown muscle "glutes"; did you mean "glute-max" or "glute-med"? (valid: \#(CatalogValidationTests.muscles))"#),
        ("injury", "itb", #"unknown injury "itb"; did you mean "itbs"? (valid: itbs, knee, shins, achilles, plantar, other)"#),
        ("level", "expert", #"unknown level "expert" (valid: beginner, intermediate, advanced)"#),
        ("equipment", "mat,dumbell", #"unknown equipment "dumbell"; did you mean "dumbbells"? (valid: \#(CatalogValidationTests.equipment))"#),
    ])
    func unknownValuesSuggest(what: String, text: String, message: String) {
        let error: UnknownValueError? = switch what {
        case "quality": #expect(throws: UnknownValueError.self) { try CatalogFilter.Value.parse(quality: text) }
        case "muscle": #expect(throws: UnknownValueError.self) { try CatalogFilter.Value.parse(muscle: text) }
        case "injury": #expect(throws: UnknownValueError.self) { try CatalogFilter.Value.parse(injury: text) }
        case "level": #expect(throws: UnknownValueError.self) { try CatalogFilter.Value.parse(level: text) }
        default: #expect(throws: UnknownValueError.self) { try CatalogFilter.Value.parse(equipment: text) }
        }
        #expect(error?.description == message)
    }

    @Test func valuesAreForgivingAboutCaseSpacesAndAbbreviations() throws {
        #expect(try CatalogFilter.Value.parse(kind: "Strength") == .strength)
        #expect(try CatalogFilter.Value.parse(quality: "single leg") == .singleLeg)
        #expect(try CatalogFilter.Value.parse(quality: "JC") == .jointControl)
        #expect(try CatalogFilter.Value.parse(muscle: "hip_flexors") == .hipFlexors)
        #expect(try CatalogFilter.Value.parse(injury: "PFP") == .knee)
        #expect(try CatalogFilter.Value.parse(injury: "mtss") == .shins)
        #expect(try CatalogFilter.Value.parse(level: " advanced ") == .advanced)
        #expect(try CatalogFilter.Value.parse(equipment: "mat, step,dumbbells") == [.mat, .step, .dumbbells])
        #expect(try CatalogFilter.Value.parse(equipment: "Mini band, trap_bar") == [.miniBand, .trapBar])
        #expect(try CatalogFilter.Value.parse(equipment: "none") == [])
    }
}
