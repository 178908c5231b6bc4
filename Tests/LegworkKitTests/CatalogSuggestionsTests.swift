import Testing
@testable import LegworkKit

@Suite("Closest-name suggestions")
struct CatalogSuggestionsTests {
    static let kinds = ExerciseKind.allCases.map(\.rawValue)
    static let ids = CatalogTests.strengthIDs

    @Test(arguments: [
        ("strenght", kinds, ["strength"]),
        ("Strength", kinds, ["strength"]),
        ("stretchs", kinds, ["stretch"]),
        ("cor", kinds, ["core"]),
        ("xyz", kinds, []),
        ("", kinds, []),
        ("split_sqat", ids, ["split_squat"]),
        ("split squat", ids, ["split_squat", "bulgarian_split_squat"]),
        ("rdl", ids, ["db_rdl", "sl_rdl"]),
        ("step", ids, ["step_up", "step_down"]),
        ("glute", ids, ["glute_bridge", "sl_glute_bridge"]),
        ("stepup", ids, ["step_up"]),
        ("wallsit", ids, ["wall_sit"]),
        ("hiphike", ids, ["hip_hike"]),
    ])
    func closest(word: String, candidates: [String], expected: [String]) {
        #expect(Suggestions.closest(to: word, in: candidates) == expected)
    }

    @Test func sameWordThenPrefixThenContainedThenTypos() {
        let candidates = ["xcorex", "cure", "corps", "core-work", "core"]
        #expect(Suggestions.closest(to: "core", in: candidates, limit: 4) == ["core", "core-work", "xcorex", "cure"])
    }

    @Test func limitAndDuplicates() {
        let candidates = ["step_a", "step_b", "step_a", "step_c", "step_d"]
        #expect(Suggestions.closest(to: "step", in: candidates) == ["step_a", "step_b", "step_c"])
        #expect(Suggestions.closest(to: "step", in: candidates, limit: 1) == ["step_a"])
        #expect(Suggestions.closest(to: "step", in: candidates, limit: 0) == [])
    }

    @Test(arguments: [
        ("strenght", "strength", 1),  // two neighbouring letters swapped count once
        ("kitten", "sitting", 3),
        ("", "abc", 3),
        ("abc", "", 3),
        ("same", "same", 0),
        ("ca", "abc", 3),
    ])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(Suggestions.editDistance(Array(a), Array(b)) == distance)
    }

    @Test func didYouMeanWording() {
        #expect(Suggestions.didYouMean([]) == nil)
        #expect(Suggestions.didYouMean(["a"]) == #"did you mean "a"?"#)
        #expect(Suggestions.didYouMean(["a", "b"]) == #"did you mean "a" or "b"?"#)
        #expect(Suggestions.didYouMean(["a", "b", "c"]) == #"did you mean "a", "b" or "c"?"#)
    }
}
