import Foundation
import LegworkKit
import Testing

/// The shared public-domain data set, when this checkout sits next to it (`../shared/...` or higher).
/// A clone without it skips the full-file tests; the small inline records below still run.
private let sharedDataSet: String? = {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    for _ in 0..<6 {
        dir = dir.deletingLastPathComponent()
        let file = dir.appendingPathComponent("shared/data/free-exercise-db/exercises.json")
        if let text = try? String(contentsOf: file, encoding: .utf8) { return text }
    }
    return nil
}()

/// A record in the file's format, as JSON text, with fields overridable per test.
private func record(_ id: String = "Goblet_Squat", name: String = "Goblet Squat", level: String = "beginner",
                    category: String = "strength", equipment: String? = "kettlebells", force: String? = "push",
                    primary: [String] = ["quadriceps"], secondary: [String] = ["glutes", "shoulders"],
                    instructions: [String] = ["Hold the bell at your chest.", "Squat down.", "Stand up."]) -> String {
    func list(_ words: [String]) -> String { "[" + words.map { "\"\($0)\"" }.joined(separator: ",") + "]" }
    func optional(_ word: String?) -> String { word.map { "\"\($0)\"" } ?? "null" }
    return """
    {"id": "\(id)", "name": "\(name)", "force": \(optional(force)), "level": "\(level)", "mechanic": "compound",
     "equipment": \(optional(equipment)), "primaryMuscles": \(list(primary)), "secondaryMuscles": \(list(secondary)),
     "instructions": \(list(instructions)), "category": "\(category)", "images": []}
    """
}

private func decodeOne(_ json: String) throws -> ExerciseCard {
    let result = try FreeExerciseDBImport.decode("[\(json)]")
    #expect(result.rejected.isEmpty, "\(result.rejected)")
    return try #require(result.cards.first)
}

@Suite("Import: free-exercise-db")
struct ImportFreeExerciseDBTests {
    /// The data set has no field for a loaded carry; its names say it, read once at the import into the
    /// card's typed `pattern` (the plan's rules never read a name).
    @Test func aCarryByNameIsMarkedACarry() throws {
        for name in ["Farmer's Walk", "Rickshaw Carry", "Yoke Walk"] {
            #expect(try decodeOne(record("X", name: name, category: "strongman")).pattern == .carry, "\(name)")
        }
        for name in ["Goblet Squat", "Bodyweight Walking Lunge", "Monster Walk"] {
            #expect(try decodeOne(record("X", name: name)).pattern == nil, "\(name)")
        }
    }

    @Test(.enabled(if: sharedDataSet != nil, "needs ../shared/data/free-exercise-db/exercises.json"))
    func fullDataSetAccountsForEveryRecord() throws {
        let result = try FreeExerciseDBImport.decode(try #require(sharedDataSet))
        #expect(result.recordCount == 873)
        #expect(result.cards.count + result.rejected.count == 873)
        // The data set is valid: only the 14 cardio records are skipped, on purpose.
        #expect(result.rejected.count == 14)
        #expect(result.rejected.allSatisfy { !$0.reason.isInvalid })
        #expect(Set(result.cards.map(\.id)).count == result.cards.count, "ids are unique")
        #expect(result.cards.allSatisfy { $0.id.hasPrefix("fedb:") && $0.source == "free-exercise-db" })
        #expect(result.cards.allSatisfy { $0.qualities == nil && !$0.dose.isEmpty })
        // Every muscle group the data set names has a word: only records that name none are left without.
        #expect(result.cards.filter { $0.muscles.all.isEmpty }.count == 0)
        #expect(result.cards.contains { $0.steps.count > 6 }, "every instruction is kept")
        #expect(result.cards.filter { $0.mechanic != nil }.count == 785 && result.cards.filter { $0.force != nil }.count == 843)
        #expect(result.summary() == """
            873 records: 859 cards, 14 not imported
              category "cardio" is not imported: cardio machines and runs are not strength work \
            (14 records: Bicycling, Bicycling_Stationary, Elliptical_Trainer and 11 more)
            """)
    }

    @Test(.enabled(if: sharedDataSet != nil, "needs ../shared/data/free-exercise-db/exercises.json"))
    func fullDataSetSpotChecks() throws {
        let cards = try FreeExerciseDBImport.decode(try #require(sharedDataSet)).cards
        let byID = Dictionary(uniqueKeysWithValues: cards.map { ($0.id, $0) })

        let squat = try #require(byID["fedb:barbell_squat"])
        #expect(squat.name == "Barbell Squat")
        #expect(squat.kind == .strength)
        #expect(squat.muscles.primary == [.quads])
        #expect(squat.muscles.secondary == [.calves, .gluteMax, .hamstrings, .lowBack])
        #expect(squat.equipment.required.isEmpty)
        #expect(squat.unlistedEquipment == ["barbell"])
        #expect(squat.steps.count == 6)
        #expect(squat.dose[.beginner] == .reps(2, 10, rest: 60))

        let plank = try #require(byID["fedb:plank"])
        #expect(plank.kind == .core)
        #expect(plank.tempo == .isometric)
        #expect(plank.dose[.intermediate] == .hold(3, seconds: 30, rest: 60))

        let bridge = try #require(byID["fedb:single_leg_glute_bridge"])
        #expect(bridge.unilateral)
        #expect(bridge.muscles.primary == [.gluteMax])

        let calfStretch = try #require(byID["fedb:calf_stretch_hands_against_wall"])
        #expect(calfStretch.kind == .stretch)
        #expect(calfStretch.dose[.beginner] == .hold(2, seconds: 20, rest: 10))

        let boxJump = try #require(byID["fedb:box_jump_multiple_response"])
        #expect(boxJump.kind == .power)
        #expect(boxJump.tempo == .fast)
        #expect(boxJump.muscles.secondary == [.gluteMed, .adductors, .calves, .gluteMax, .quads])

        let pistol = try #require(byID["fedb:kettlebell_pistol_squat"])
        #expect(pistol.equipment.required == [.kettlebell])
        #expect(Set(pistol.dose.keys) == [.advanced], "expert records have no beginner or intermediate dose")

        let curl = try #require(byID["fedb:barbell_curl"])
        #expect(curl.muscles.primary == [.biceps], "upper-body groups have their own words")
        #expect(curl.mechanic == .isolation && curl.force == .pull)

        let sideBridge = try #require(byID["fedb:side_bridge"])
        #expect(sideBridge.steps.isEmpty, "the record has no instructions")
        #expect(sideBridge.unilateral)

        #expect(byID["fedb:bicycling"] == nil)
    }

    @Test func mapsOneRecord() throws {
        let card = try decodeOne(record())
        #expect(card.id == "fedb:goblet_squat")
        #expect(card.name == "Goblet Squat")
        #expect(card.source == FreeExerciseDBImport.source)
        #expect(card.kind == .strength)
        #expect(card.muscles == MuscleGroups(primary: [.quads], secondary: [.gluteMax, .shoulders]))
        #expect(card.mechanic == .compound && card.force == .push)
        #expect(card.equipment.required == [.kettlebell])
        #expect(card.unlistedEquipment.isEmpty)
        #expect(card.steps == ["Hold the bell at your chest.", "Squat down.", "Stand up."])
        #expect(card.qualities == nil)
        #expect(card.cues.isEmpty && card.mistakes.isEmpty)
        #expect(!card.runningCue.isEmpty)
        #expect(card.dose == [.beginner: .reps(2, 10, rest: 60), .intermediate: .reps(3, 10, rest: 60),
                              .advanced: .reps(3, 10, rest: 60)])
    }

    @Test(arguments: [
        ("strength", ["glutes"], ExerciseKind.strength), ("powerlifting", ["glutes"], .strength),
        ("olympic weightlifting", ["quadriceps"], .strength), ("strongman", ["lower back"], .strength),
        ("plyometrics", ["calves"], .power), ("stretching", ["hamstrings"], .stretch),
        ("strength", ["abdominals"], .core), ("strength", ["abdominals", "lower back"], .strength),
    ])
    func kindFromCategory(category: String, primary: [String], kind: ExerciseKind) throws {
        #expect(try decodeOne(record(category: category, primary: primary)).kind == kind)
    }

    @Test(arguments: [
        ("glutes", Muscle.gluteMax), ("abductors", .gluteMed), ("hamstrings", .hamstrings), ("quadriceps", .quads),
        ("adductors", .adductors), ("calves", .calves), ("abdominals", .core), ("lower back", .lowBack), ("lats", .lats),
        ("middle back", .middleBack), ("traps", .traps), ("chest", .chest), ("shoulders", .shoulders), ("biceps", .biceps),
        ("triceps", .triceps), ("forearms", .forearms), ("neck", .neck),
    ])
    func muscleMapping(word: String, muscle: Muscle) throws {
        #expect(try decodeOne(record(primary: [word, "chest"], secondary: [])).muscles.primary == (muscle == .chest ? [.chest] : [muscle, .chest]))
    }

    @Test func secondaryMusclesSkipPrimaryOnesAndRepeats() throws {
        let card = try decodeOne(record(primary: ["glutes"], secondary: ["glutes", "hamstrings", "hamstrings", "neck"]))
        #expect(card.muscles.secondary == [.hamstrings, .neck])
    }

    @Test(arguments: [
        ("dumbbell", [Equipment.dumbbells], [String]()), ("kettlebells", [.kettlebell], []),
        ("bands", [.longBand], []), ("body only", [], []), ("barbell", [], ["barbell"]),
        ("cable", [], ["cable"]), ("machine", [], ["machine"]), ("other", [], ["other"]),
        ("sandbag", [], ["sandbag"]),
    ])
    func equipmentMapping(word: String, required: [Equipment], unlisted: [String]) throws {
        let card = try decodeOne(record(equipment: word))
        #expect(card.equipment.required == required)
        #expect(card.unlistedEquipment == unlisted)
        for name in unlisted {
            #expect(card.equipment.substitutes[name]?.hasPrefix(FreeExerciseDBImport.unlistedNote) == true)
        }
    }

    @Test func noEquipmentMeansBodyWeight() throws {
        let card = try decodeOne(record(equipment: nil))
        #expect(card.equipment == EquipmentNeeds())
    }

    @Test(arguments: [
        ("beginner", [Level.beginner, .intermediate, .advanced]),
        ("intermediate", [.intermediate, .advanced]), ("expert", [.advanced]),
    ])
    func doseFromLevel(level: String, levels: [Level]) throws {
        #expect(Set(try decodeOne(record(level: level)).dose.keys) == Set(levels))
    }

    @Test func dosesByKind() throws {
        #expect(try decodeOne(record(category: "plyometrics")).dose[.beginner] == .reps(2, 6, rest: 90))
        #expect(try decodeOne(record(category: "stretching")).dose[.advanced] == .hold(3, seconds: 30, rest: 10))
        let hold = try decodeOne(record(force: "static"))
        #expect(hold.dose[.beginner] == .hold(2, seconds: 20, rest: 60))
        #expect(hold.tempo == .isometric)
    }

    @Test(arguments: [
        ("Single-Leg Hop Progression", true), ("One Arm Dumbbell Row", true), ("Dumbbell Lunges", true),
        ("Split Squats", true), ("Barbell Step Ups", true), ("Goblet Squat", false), ("Alternating Floor Press", false),
    ])
    func unilateralFromName(name: String, unilateral: Bool) throws {
        #expect(try decodeOne(record(name: name)).unilateral == unilateral)
    }

    @Test func keepsEveryNonEmptyInstruction() throws {
        let steps = (1...9).map { "Step \($0)." }
        let card = try decodeOne(record(instructions: ["  ", steps[0] + "  "] + steps.dropFirst()))
        #expect(card.steps == steps)
    }

    @Test func brokenRecordsAreReportedAndTheRestImported() throws {
        let text = "[" + [
            record("Good_One"),
            #"{"name": "No id", "level": "beginner", "category": "strength"}"#,
            record("Bad_Muscles").replacingOccurrences(of: #""primaryMuscles": ["quadriceps"]"#, with: #""primaryMuscles": ["quadriceps", 7]"#),
            "42",
            record("Good_One", name: "Copy"),
            record("Bad_Level", level: "pro"),
            record("has space"),
            record("Blank_Name", name: "  "),
            #"{"id": 12, "name": "Numeric id", "level": "beginner", "category": "strength"}"#,
            record("Treadmill", category: "cardio"),
            record("Good_Two"),
        ].joined(separator: ",\n") + "]"
        let result = try FreeExerciseDBImport.decode(text)
        #expect(result.cards.map(\.id) == ["fedb:good_one", "fedb:good_two"])
        #expect(result.recordCount == 11)
        let reasons = result.rejected.map { "\($0.index) \($0.id ?? "-") \($0.reason)" }
        #expect(reasons == [
            #"1 - field "id" is missing"#,
            #"2 Bad_Muscles field "primaryMuscles[1]" should be a string"#,
            "3 - not a JSON object",
            #"4 Good_One id "Good_One" was already used by record 0"#,
            #"5 Bad_Level field "level": "pro" is not one of beginner, intermediate, expert"#,
            #"6 has space id "has space" may only hold letters, digits, '_' and '-'"#,
            #"7 Blank_Name field "name" is empty"#,
            #"8 - field "id" should be a string"#,
            #"9 Treadmill category "cardio" is not imported: cardio machines and runs are not strength work"#,
        ])
        #expect(result.summary(reasons: 2) == #"""
            11 records: 2 cards, 9 not imported
              field "id" is missing (record: #1)
              field "primaryMuscles[1]" should be a string (record: Bad_Muscles)
              and 7 more records with other reasons
            """#)
    }

    @Test func nullWhereTextIsRequiredIsRejected() throws {
        let result = try FreeExerciseDBImport.decode(#"[{"id": "A", "name": null, "level": "beginner", "category": "strength"}]"#)
        #expect(result.rejected.map(\.reason) == [.wrongType(field: "name", expected: "a string, not null")])
    }

    @Test func optionalFieldsMayBeAbsent() throws {
        let result = try FreeExerciseDBImport.decode(#"[{"id": "Bare", "name": "Bare", "level": "beginner", "category": "strength"}]"#)
        let card = try #require(result.cards.first)
        #expect(card.steps.isEmpty && card.muscles.all.isEmpty && card.equipment == EquipmentNeeds())
    }

    @Test func invalidJSONNamesLineAndColumn() {
        let text = "[\n  {\"id\": \"A\",\n   \"name\": oops}\n]"
        #expect(throws: ImportError.invalidJSON(JSONSyntaxError(line: 3, column: 12, message: "expected a value but found \"o\""))) {
            try FreeExerciseDBImport.decode(text)
        }
        let error = ImportError.invalidJSON(JSONSyntaxError(line: 3, column: 12, message: "expected a value but found \"o\""))
        #expect(error.description == #"not valid JSON at line 3, column 12: expected a value but found "o"; fix the file or export it again"#)
    }

    @Test(arguments: [(#"{"exercises": []}"#, "an object"), ("\"text\"", "a string"), ("", "an empty file"), ("12", "a number")])
    func topLevelMustBeAnArray(text: String, found: String) {
        let expected: ImportError = text.isEmpty
            ? .invalidJSON(JSONSyntaxError(line: 1, column: 1, message: "unexpected end of file; expected a value"))
            : .notAnArray(found: found)
        #expect(throws: expected) { try FreeExerciseDBImport.decode(text) }
    }

    @Test func emptyArrayImportsNothing() throws {
        let result = try FreeExerciseDBImport.decode(" [ ] ")
        #expect(result.cards.isEmpty && result.rejected.isEmpty)
        #expect(result.summary() == "0 records: 0 cards")
    }

    /// Foundation's decoder accepts a trailing comma; the strict parser does not, and says where.
    @Test func trailingCommaIsInvalidJSON() {
        let text = "[" + record("A") + ",\n]"
        #expect(throws: ImportError.invalidJSON(JSONSyntaxError(line: 4, column: 1, message: "remove the comma after the last item of this list"))) {
            try FreeExerciseDBImport.decode(text)
        }
    }

    /// ESC, OSC 52 (set the clipboard), BEL, C1 and bidi overrides are refused at the door, naming the
    /// record and the field; the summary shows the record's id escaped, never raw.
    @Test(arguments: [
        ("id", record("Evil\u{1B}]52;c;Y3VybCBldmlsLnNofHNo\u{7}")),
        ("name", record("A1", name: "Squat\u{1B}]0;owned\u{7}")),
        ("name", record("A2", name: "Squat \u{202E}tauqs")),
        ("level", record("A3", level: "beginner\u{9B}31m")),
        ("instructions", record("A4", instructions: ["Stand.", "Sit\u{2066}down"])),
        ("primaryMuscles", record("A5", primary: ["quadriceps\u{1B}[2J"])),
    ])
    func controlCharactersAreRefusedNamingTheRecord(field: String, json: String) throws {
        let escapedJSON = json.unicodeScalars.map { $0.value < 0x20 && $0 != "\n" ? String(format: "\\u%04x", $0.value) : String($0) }.joined()
        let result = try FreeExerciseDBImport.decode("[" + escapedJSON + "]")
        #expect(result.cards.isEmpty)
        #expect(result.rejected.map(\.reason) == [.controlCharacters(field: field)])
        #expect(!SafeText.hasUnsafe(result.summary(), keepingLines: true))
        #expect(result.summary().contains(#"field "\#(field)" holds control characters"#))
    }

    @Test func aVeryLongNameIsCut() throws {
        let card = try decodeOne(record("Long", name: String(repeating: "n", count: 5_000)))
        #expect(card.name.count == TextLimits.name)
        #expect(card.name.hasSuffix("…"))
    }
}
