import Foundation
import Testing
@testable import LegworkKit

/// Broken catalogs, each with the exact message a person editing the file would read.
@Suite("Catalog validation")
struct CatalogValidationTests {
    typealias F = CatalogFixtures

    static let muscles = "glute-max, glute-med, hamstrings, quads, adductors, calves, soleus, tibialis, achilles, "
        + "plantar-fascia, hip-flexors, hip-rotators, core, obliques, low-back, lats, middle-back, traps, chest, shoulders, biceps, triceps, forearms, neck"
    static let equipment = "mat, mini-band, long-band, dumbbells, kettlebell, step, bench, wall, backpack, towel, block, trap-bar"

    // MARK: - Syntax and file structure

    @Test func missingCommaGivesLineAndColumn() {
        let text = "{\"format\": 1, \"cards\": [\n  {\"id\": \"a\" \"name\": \"b\"}\n]}"
        #expect(F.problems([(path: "catalog/broken.json", text: text)]) == [
            #"catalog/broken.json: line 2, column 14: expected "," or "}" but found '"' (a missing comma?)"#,
        ])
    }

    @Test(arguments: [
        (#"{"format": 1, "cards": [],}"#, "line 1, column 27: remove the comma after the last member of this object"),
        (#"{"format": 1, "cards": [1,]}"#, "line 1, column 27: remove the comma after the last item of this list"),
        ("{\"format\": 1, \"cards\": [\"a\n\"]}", "line 1, column 27: line break inside text; a closing \" is missing (write \\n for a line break)"),
        (#"{"format": 1, "cards": ['a']}"#, #"line 1, column 25: text must be in double quotes ("), not single quotes"#),
        (#"{"format": 1, "cards": [step_up]}"#, #"line 1, column 25: expected a value but found "s""#),
        (#"{"format": 1, "cards": [tru]}"#, #"line 1, column 28: expected a value but found "]" (text needs double quotes)"#),
        (#"{"format": 01}"#, #"line 1, column 13: numbers must not start with 0"#),
        (#"{"format": 1"#, #"line 1, column 13: expected "," or "}" but found the end of the file"#),
        (#"{"format": 1} x"#, #"line 1, column 15: unexpected "x" after the end of the document"#),
        ("", "line 1, column 1: unexpected end of file; expected a value"),
    ])
    func syntaxErrors(text: String, message: String) {
        #expect(F.problems([(path: "catalog/x.json", text: text)]) == ["catalog/x.json: " + message])
    }

    @Test func columnsCountCharactersNotBytes() {
        let text = "{\"format\": 1, \"note\": \"caf\u{E9}\" \"cards\": []}"
        #expect(F.problems([(path: "catalog/x.json", text: text)]) == [
            #"catalog/x.json: line 1, column 30: expected "," or "}" but found '"' (a missing comma?)"#,
        ])
    }

    @Test func fileNeedsFormatOneAndCards() {
        #expect(F.problems([(path: "catalog/x.json", text: #"{"cards": []}"#)]) == [
            #"catalog/x.json: field "format": missing (required)"#,
        ])
        #expect(F.problems([(path: "catalog/x.json", text: #"{"format": 2, "cards": []}"#)]) == [
            #"catalog/x.json: field "format": format 2 is not supported; this version of Legwork reads format 1"#,
        ])
        #expect(F.problems([(path: "catalog/x.json", text: #"{"format": 1, "card": []}"#)]) == [
            #"catalog/x.json: field "cards": missing (required)"#,
            #"catalog/x.json: field "card": unknown field (did you mean "cards"?)"#,
        ])
        #expect(F.problems([(path: "catalog/x.json", text: "[]")]) == [
            #"catalog/x.json: expected an object {"format": 1, "cards": [...]}, found a list"#,
        ])
        #expect(F.problems([(path: "catalog/x.json", text: F.file([F.card(), "[1]"]))]) == [
            "catalog/x.json: card #2: expected a card object, found a list",
        ])
    }

    // MARK: - Fields and vocabularies

    @Test(arguments: [
        (["muscles": #"{"primary": ["glutes", "quads"]}"#],
         #"field "muscles.primary": unknown muscle "glutes"; did you mean "glute-max" or "glute-med"? (valid: \#(muscles))"#),
        (["kind": #""strenght""#],
         #"field "kind": unknown kind "strenght"; did you mean "strength"? (valid: strength, core, power, stretch)"#),
        (["equipment": #"{"required": ["box"]}"#],
         #"field "equipment.required": unknown equipment "box" (valid: \#(equipment))"#),
        (["equipment": #"{"required": ["dumbbell"]}"#],
         #"field "equipment.required": unknown equipment "dumbbell"; did you mean "dumbbells"? (valid: \#(equipment))"#),
        (["injuries": #"["pfp"]"#],
         #"field "injuries": unknown injury "pfp" (valid: itbs, knee, shins, achilles, plantar, other)"#),
        (["qualities": #"{"single-leg": 3, "joint-control": 2, "load-tolerance": 2, "carry-over": 3}"#],
         #"field "qualities.carry-over": unknown quality "carry-over"; did you mean "carryover"? (valid: single-leg, joint-control, load-tolerance, carryover)"#),
        (["dose": #"{"beginer": {"sets": 2, "reps": 8, "rest": 60}}"#],
         #"field "dose.beginer": unknown level "beginer"; did you mean "beginner"? (valid: beginner, intermediate, advanced)"#),
        (["equipment": #"{"required": ["step"], "substitutes": {"steps": "a stair"}}"#],
         #"field "equipment.substitutes.steps": unknown equipment "steps"; did you mean "step"? (valid: \#(equipment))"#),
        (["tempo": #""3-1""#],
         #"field "tempo": "3-1": write D-P-U seconds (e.g. 3-1-1), iso, fast, slow or none"#),
        (["pattern": #""cary""#],
         #"field "pattern": unknown pattern "cary"; did you mean "carry"? (valid: carry)"#),
        (["regresion": #""split_squat""#],
         #"field "regresion": unknown field (did you mean "regression"?)"#),
        (["unilateral": #""yes""#],
         #"field "unilateral": expected true or false, found text"#),
        (["cues": #""Drive through the top foot""#],
         #"field "cues": expected a list of text (put it in [ ]), found text "Drive through the top foot""#),
        (["steps": #"["Face the step.", 2, "Lower."]"#],
         #"field "steps": expected a list of text, found an item that is a number"#),
        (["dose": #"{"beginner": {"sets": "three", "reps": 8, "rest": 60}}"#],
         #"field "dose.beginner.sets": expected a whole number, found text"#),
        (["dose": #"{"beginner": {"sets": 2.5, "reps": 8, "rest": 60}}"#],
         #"field "dose.beginner.sets": "2.5": write a whole number"#),
        (["dose": #"{"beginner": {"sets": 2, "reps": "8 to 12", "rest": 60}}"#],
         #"field "dose.beginner.reps": "8 to 12": write a number (8) or a range ("8-12")"#),
        (["dose": #"{"beginner": {"sets": 2, "reps": 8, "seconds": 30, "rest": 60}}"#],
         #"field "dose.beginner.seconds": "reps and seconds": give reps or seconds, not both"#),
        (["dose": #"{"beginner": {"sets": 2, "rest": 60}}"#],
         #"field "dose.beginner.reps": missing (required)"#),
        (["dose": #"{"beginner": {"sets": 2, "reps": 8, "rest": 60, "weight": "light"}}"#],
         #"field "dose.beginner.weight": unknown field; remove it"#),
        (["muscles": #"{"primary": ["quads"], "secondry": ["glute-med"]}"#],
         #"field "muscles.secondry": unknown field (did you mean "secondary"?)"#),
        (["figure": #"["  o  "]"#],
         #"field "figure": expected a list of frames, each a list of text lines, found a frame that is text"#),
    ] as [([String: String?], String)])
    func fieldProblems(changes: [String: String?], message: String) {
        #expect(F.problems(cards: [F.card(changes)]) == [#"catalog/test.json: card "step_up": "# + message])
    }

    @Test func keyGivenTwiceIsReported() {
        let card = F.card().replacingOccurrences(of: #""name": "Controlled step-up","#, with: #""name": "A", "name": "B","#)
        #expect(F.problems(cards: [card]) == [#"catalog/test.json: card "step_up": field "name": given twice; keep only one"#])
    }

    @Test func cardWithoutIdIsNamedByPosition() {
        #expect(F.problems(cards: [F.card(["id": #""other""#]), F.card(["id": nil])]) == [
            #"catalog/test.json: card #2: field "id": missing (required)"#,
        ])
        #expect(F.problems(cards: [F.card(["id": #""Step Up""#])]) == [
            #"catalog/test.json: card "Step Up": field "id": "Step Up": use only lowercase letters, digits and _ (e.g. step_up)"#,
        ])
    }

    // MARK: - Ids and references

    @Test func regressionNamingAnUnknownCardSuggestsTheClosest() {
        let problems = F.problems(cards: [
            F.card(["id": #""split_squat""#]),
            F.card(["regression": #""split_sqat""#]),
        ])
        #expect(problems == [
            #"catalog/test.json: card "step_up": field "regression": unknown id "split_sqat" (did you mean "split_squat"?)"#,
        ])
        #expect(F.problems(cards: [F.card(["progression": #""zzz_unknown""#])]) == [
            #"catalog/test.json: card "step_up": field "progression": unknown id "zzz_unknown""#,
        ])
    }

    @Test func duplicateIdsAreReportedAcrossFiles() {
        let problems = F.problems([
            (path: "catalog/a.json", text: F.file([F.card()])),
            (path: "catalog/b.json", text: F.file([F.card(["name": #""Another step-up""#])])),
        ])
        #expect(problems == [
            #"catalog/b.json: card "step_up": field "id": duplicate id "step_up" (first used in catalog/a.json); give each card its own id"#,
        ])
        #expect(F.problems(cards: [F.card(), F.card()]) == [
            #"catalog/test.json: card "step_up": field "id": duplicate id "step_up" (first used in this file); give each card its own id"#,
        ])
    }

    @Test func loopsAreReportedOncePerChain() {
        let problems = F.problems(cards: [
            F.card(["id": #""a_card""#, "regression": #""b_card""#]),
            F.card(["id": #""b_card""#, "regression": #""c_card""#]),
            F.card(["id": #""c_card""#, "regression": #""a_card""#]),
            F.card(["id": #""d_card""#, "progression": #""d_card""#]),
            // A regression and a progression pointing at each other is the normal pair, not a loop.
            F.card(["id": #""e_card""#, "progression": #""f_card""#]),
            F.card(["id": #""f_card""#, "regression": #""e_card""#]),
        ])
        #expect(problems == [
            #"catalog/test.json: card "a_card": field "regression": chain loops back to "a_card": a_card -> b_card -> c_card -> a_card"#,
            #"catalog/test.json: card "d_card": field "progression": chain loops back to "d_card": d_card -> d_card"#,
        ])
    }

    @Test func chainLeadingIntoALoopReportsTheLoopOnly() {
        let problems = F.problems(cards: [
            F.card(["id": #""a_card""#, "regression": #""b_card""#]),
            F.card(["id": #""b_card""#, "regression": #""c_card""#]),
            F.card(["id": #""c_card""#, "regression": #""b_card""#]),
        ])
        #expect(problems == [
            #"catalog/test.json: card "b_card": field "regression": chain loops back to "b_card": b_card -> c_card -> b_card"#,
        ])
    }

    // MARK: - Rules of a card

    @Test(arguments: [
        (["dose": #"{"beginner": {"sets": 12, "reps": "12-8", "rest": 700}}"#], [
            #"field "dose.beginner.reps": range "12-8" runs backwards; write the lower number first"#,
            #"field "dose.beginner.sets": 12 is outside 1-10"#,
            #"field "dose.beginner.rest": 700 is outside 0-600"#,
        ]),
        (["dose": #"{"advanced": {"sets": 0, "reps": 101, "rest": -5}}"#], [
            #"field "dose.advanced.sets": 0 is outside 1-10"#,
            #"field "dose.advanced.reps": 101 is outside 1-100"#,
            #"field "dose.advanced.rest": -5 is outside 0-600"#,
        ]),
        (["dose": #"{"beginner": {"sets": 2, "seconds": 2, "rest": 30, "load": " "}}"#], [
            #"field "dose.beginner.seconds": 2 is outside 5-600"#,
            #"field "dose.beginner.load": empty; write something"#,
        ]),
        (["dose": "{}"], [#"field "dose": empty; write something"#]),
        (["dose": nil], [#"field "dose": missing (required)"#]),
        (["qualities": #"{"single-leg": 3, "joint-control": 2, "load-tolerance": -1, "carryover": 4}"#], [
            #"field "qualities.load-tolerance": -1 is outside 0-3"#,
            #"field "qualities.carryover": 4 is outside 0-3"#,
        ]),
        (["qualities": nil], [#"field "qualities": missing (required)"#]),
        (["qualities": #"{"single-leg": 3, "joint-control": 2, "load-tolerance": 2}"#], [
            #"field "qualities.carryover": missing (required)"#,
        ]),
        (["steps": #"["Face the step.", "Step up."]"#], [#"field "steps": write 3 to 6 steps, not 2"#]),
        (["steps": #"["1.", "2.", "3.", "4.", "5.", "6.", "7."]"#], [#"field "steps": write 3 to 6 steps, not 7"#]),
        (["steps": #"["Face the step.", "", "Lower."]"#], [#"field "steps": item 2 is empty; write something or remove it"#]),
        (["steps": "[\"Face the step.\", \"\(String(repeating: "x", count: 91))\", \"Lower.\"]"], [
            #"field "steps": item 2 is 91 characters; keep it to 90"#,
        ]),
        (["name": #""  ""#], [#"field "name": empty; write something"#]),
        (["cues": "[]"], [#"field "cues": empty; write something"#]),
        (["runningCue": #""""#], [#"field "runningCue": empty; write something"#]),
        (["runningCue": nil], [#"field "runningCue": empty; write something"#]),
        (["cues": "[\"\(String(repeating: "c", count: 61))\"]", "mistakes": "[\"\(String(repeating: "m", count: 61))\"]"], [
            #"field "cues": item 1 is 61 characters; keep it to 60"#,
            #"field "mistakes": item 1 is 61 characters; keep it to 60"#,
        ]),
        (["runningCue": "\"\(String(repeating: "r", count: 81))\""], [#"field "runningCue": 81 characters; keep it to 80"#]),
        (["muscles": #"{"primary": [], "secondary": ["quads"]}"#], [#"field "muscles.primary": empty; write something"#]),
        (["aliases": #"["step up", ""]"#], [#"field "aliases": item 2 is empty; write something or remove it"#]),
        (["equipment": #"{"required": ["step"], "optional": ["step"], "substitutes": {"bench": "a chair"}}"#], [
            #"field "equipment.optional": "step": listed as required too; keep it in one list"#,
            #"field "equipment.substitutes.bench": "bench": not listed in required or optional"#,
        ]),
        (["kind": #""stretch""#, "qualities": #"{"single-leg": 1, "joint-control": 0, "load-tolerance": 0, "carryover": 0}"#], [
            #"field "qualities.single-leg": "1": a stretch scores 0 on every quality"#,
        ]),
    ] as [([String: String?], [String])])
    func cardRuleProblems(changes: [String: String?], messages: [String]) {
        #expect(F.problems(cards: [F.card(changes)]) == messages.map { #"catalog/test.json: card "step_up": "# + $0 })
    }

    @Test(arguments: [
        (#"[["  o  ", " /|\\ "], ["  o   ", " /|\\  "]]"#,
         ["frame 2 is 6x2 but frame 1 is 5x2; draw every frame the same size"]),
        (#"[["  o  ", " /|\\ "], ["  o  ", " /|\\ ", " / \\ "]]"#,
         ["frame 2 is 5x3 but frame 1 is 5x2; draw every frame the same size"]),
        ("[[\"\(String(repeating: "_", count: 23))\"]]",
         ["frame 1 line 1 is 23 columns wide; keep it to 22"]),
        (#"[["o", "|", "|", "|", "|", "|", "^"]]"#,
         ["frame 1 has 7 lines; keep it to 6"]),
        (#"[["  o  ", " /|\\", " / \\ "]]"#,
         ["frame 1 line 2 is 4 columns wide, line 1 is 5; pad every line to the same width"]),
        ("[[\"  o  \", \" /|\u{2014} \"]]",
         ["frame 1 line 2 has the non-ASCII character \"\u{2014}\"; use plain ASCII"]),
        (#"[["  o  ", " /|\t "]]"#,
         [#"frame 1 line 2 has the non-ASCII character "\u{9}"; use plain ASCII"#]),
        (#"[["o"], ["o"], ["o"], ["o"], ["o"]]"#, ["write 1 to 4 frames, not 5"]),
        (#"[["  o  ", " /|\\ "], ["  o  ", " /|\\ "], ["  o  ", " / \\"]]"#,
         ["frame 3 line 2 is 4 columns wide, line 1 is 5; pad every line to the same width"]),
        (#"[["  o  "], ["  o  "], ["  o   "]]"#,
         ["frame 3 is 6x1 but frame 1 is 5x1; draw every frame the same size"]),
        ("[]", ["missing (required)"]),
        (#"[[]]"#, ["frame 1 has no lines; draw it or remove it"]),
    ])
    func figureProblems(figure: String, messages: [String]) {
        #expect(F.problems(cards: [F.card(["figure": figure])]) == messages.map { #"catalog/test.json: card "step_up": field "figure": "# + $0 })
    }

    // MARK: - Collecting everything

    @Test func everyProblemOfEveryFileIsReportedAtOnce() {
        let files = [
            (path: "catalog/a.json", text: F.file([
                F.card(["kind": #""strenght""#, "steps": #"["One."]"#]),
                F.card(["id": #""lunge""#, "regression": #""step_upp""#, "qualities": nil]),
            ])),
            (path: "catalog/b.json", text: "{\"format\": 1, \"cards\": [}"),
        ]
        do {
            _ = try Catalog.load(files: files)
            Issue.record("a broken catalog loaded")
        } catch {
            #expect(error.description == """
                catalog/a.json: card "step_up": field "kind": unknown kind "strenght"; did you mean "strength"? (valid: strength, core, power, stretch)
                catalog/b.json: line 1, column 25: expected a value but found "}"
                catalog/a.json: card "step_up": field "steps": write 3 to 6 steps, not 1
                catalog/a.json: card "lunge": field "qualities": missing (required)
                catalog/a.json: card "lunge": field "regression": unknown id "step_upp" (did you mean "step_up"?)
                """)
            #expect(error.errors.count == 5)
            #expect(error.errors[0] == CatalogError(
                file: "catalog/a.json", card: .id("step_up"), field: "kind",
                problem: .unknownWord("strenght", vocabulary: "kind", suggestions: ["strength"],
                                      valid: ["strength", "core", "power", "stretch"])))
        }
    }

    @Test func aCarryIsMarkedByItsPattern() throws {
        let catalog = try Catalog.load(files: [(path: "catalog/test.json", text: F.file([F.card(["pattern": #""carry""#])]))])
        #expect(catalog.cards.first?.pattern == .carry)
        let plain = try Catalog.load(files: [(path: "catalog/test.json", text: F.file([F.card()]))])
        #expect(plain.cards.first?.pattern == nil)
    }

    // MARK: - Added (imported) cards

    static let imported = ExerciseCard(
        id: "fedb_3_4_Sit-Up", name: "3/4 Sit-Up", kind: .core, muscles: MuscleGroups(primary: []),
        qualities: nil, dose: [:],
        steps: ["Lie down on the floor and secure your feet. Your legs should be bent at the knees, like this, for a long while."],
        cues: [], mistakes: [], runningCue: "", source: "free-exercise-db")

    @Test func importedCardsAreCheckedLeniently() throws {
        let catalog = try Catalog.load(files: CatalogFixtures.bundledFiles())
        let extended = try catalog.adding([Self.imported])
        #expect(extended.cards.count == catalog.cards.count + 1)
        #expect(extended.card(id: "fedb_3_4_Sit-Up")?.source == "free-exercise-db")
    }

    @Test func importedCardsStillNeedNewIdsSaneDosesAndSteps() throws {
        let catalog = try Catalog.load(files: [(path: "catalog/t.json", text: F.file([F.card()]))])
        var clash = Self.imported
        clash.id = "step_up"
        var broken = Self.imported
        broken.steps = []
        broken.dose = [.beginner: .reps(0, 10, rest: 60)]
        broken.regression = "sit_upp"
        broken.figure = [["toolong-toolong-toolong"]]
        do {
            _ = try catalog.adding([clash, broken])
            Issue.record("invalid imported cards were added")
        } catch {
            #expect(error.errors.map(\.description) == [
                #"imported from free-exercise-db: card "fedb_3_4_Sit-Up": field "dose.beginner.sets": 0 is outside 1-10"#,
                #"imported from free-exercise-db: card "fedb_3_4_Sit-Up": field "steps": empty; write something"#,
                #"imported from free-exercise-db: card "fedb_3_4_Sit-Up": field "figure": frame 1 line 1 is 23 columns wide; keep it to 22"#,
                #"imported from free-exercise-db: card "step_up": field "id": duplicate id "step_up" (first used in the catalog); give each card its own id"#,
                #"imported from free-exercise-db: card "fedb_3_4_Sit-Up": field "regression": unknown id "sit_upp""#,
            ])
        }
    }
}
