import Testing
@testable import LegworkKit

/// Reading the routine file: the shipped one, and the messages a damaged one gets.
@Suite struct StretchLibraryTests {
    /// The stretch cards of the catalog (DOMAIN.md §1).
    static let stretchCards: Set<String> = [
        "calf_wall_stretch", "soleus_wall_stretch", "plantar_toe_stretch", "kneeling_shin_stretch",
        "half_kneeling_hip_flexor", "couch_stretch", "side_lying_quad_stretch", "supine_hamstring_stretch",
        "figure_four_stretch", "pigeon_pose", "supine_it_crossover", "butterfly_stretch",
        "supine_spinal_twist", "childs_pose",
    ]

    @Test func theShippedFileUsesEveryStretchCardOnce() throws {
        let library = try StretchLibrary.bundled()
        #expect(library.stretchIDs.count == 14)
        #expect(Set(library.stretchIDs) == Self.stretchCards)
        #expect(library.pool.map(\.stretch) == ["couch_stretch", "pigeon_pose"])
        #expect(Set(library.focus.keys) == Set(StretchFocus.allCases))
    }

    @Test func theShippedSwapsAreTheDomainOnes() throws {
        let swaps = try StretchLibrary.bundled().swaps
        #expect(swaps.map { "\($0.level.rawValue):\($0.replace)->\($0.with)" }
            == ["advanced:half_kneeling_hip_flexor->couch_stretch", "advanced:figure_four_stretch->pigeon_pose"])
    }

    /// A small valid file to break one piece at a time.
    static func file(blocks: String? = nil, swaps: String = "[]", focus: String = "{}", move: String = "\"move\": 10,") -> String {
        let defaultBlocks = """
            [{"stretch": "a", "hold": 30, "perSide": true, "area": "calves", "position": "standing", "priority": 1},
             {"stretch": "b", "hold": 30, "perSide": false, "area": "back", "position": "lying", "priority": 2}]
            """
        return """
            {"id": "t", "title": "T", "getReady": 5, "switch": 5, \(move)
             "blocks": \(blocks ?? defaultBlocks),
             "pool": [{"stretch": "c", "hold": 30, "perSide": true, "area": "hips", "position": "kneeling", "priority": 1}],
             "swaps": \(swaps), "focus": \(focus)}
            """
    }

    @Test func aSmallValidFileReads() throws {
        let library = try StretchLibrary(jsonText: Self.file(), path: "t.json")
        #expect(library.routine.blocks.count == 2)
        #expect(library.routine.totalSeconds == 5 + 65 + 10 + 30)
        #expect(library.routine.blocks[0].props.isEmpty && library.routine.blocks[0].round == 1)
    }

    @Test(arguments: [
        (file(blocks: """
            [{"stretch": "a", "hold": 90, "perSide": true, "area": "calves", "position": "standing", "priority": 1}]
            """), "a holds 90 s; holds must be 20–60 s"),
        (file(blocks: """
            [{"stretch": "a", "hold": 30, "perSide": true, "area": "calves", "position": "lying", "priority": 1},
             {"stretch": "b", "hold": 30, "perSide": true, "area": "calves", "position": "standing", "priority": 2}]
            """), "blocks must go standing, kneeling, seated, lying"),
        (file(blocks: """
            [{"stretch": "c", "hold": 30, "perSide": true, "area": "calves", "position": "standing", "priority": 1}]
            """), "c appears twice in blocks and pool"),
        (file(swaps: #"[{"level": "advanced", "replace": "a", "with": "zz"}]"#), "swap uses zz, which is not in the pool"),
        (file(swaps: #"[{"level": "advanced", "replace": "zz", "with": "c"}]"#), "swap replaces zz, which is not in the routine's blocks"),
        (file(focus: #"{"legs": {}}"#), "focus \"legs\" is not one of calves, hips, hamstrings, back"),
        (file(focus: #"{"hips": {"raise": ["zz"]}}"#), "focus or injury rules name zz"),
    ])
    func aBrokenRuleIsNamed(text: String, message: String) {
        #expect {
            try StretchLibrary(jsonText: text, path: "t.json")
        } throws: { error in
            guard let error = error as? StretchError, case .invalidFile(path: "t.json", _) = error else { return false }
            return error.description.contains(message) && error.description.contains("Fix the file")
        }
    }

    @Test(arguments: [
        ("not json", "cannot be read"),
        (file(move: ""), "missing \"move\""),
        (file(blocks: """
            [{"stretch": "a", "hold": 30, "perSide": true, "area": "neck", "position": "standing", "priority": 1}]
            """), "blocks[0].area"),
    ])
    func anUnreadableFileSaysWhere(text: String, message: String) {
        #expect {
            try StretchLibrary(jsonText: text, path: "t.json")
        } throws: { error in
            guard let error = error as? StretchError, case .unreadableFile(path: "t.json", _) = error else { return false }
            return error.description.contains(message)
        }
    }
}
