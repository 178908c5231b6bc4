import LegworkKit
import Testing

/// The routine file (docs/routine-format.md): good files read, broken ones name the line and the field of
/// every problem, a misspelled card gets "did you mean".
@Suite struct RoutineReaderTests {
    static let catalog = try! Catalog.bundled()

    static let knee = """
        {
          "format": 1,
          "title": "Knee programme",
          "author": "Dr. Ana Ruiz, physiotherapist",
          "written": "2026-11-30",
          "note": "Pain up to 3/10 is fine.",
          "warmUp": [
            {"card": "glute_bridge", "sets": 1, "reps": 12, "rest": 30}
          ],
          "exercises": [
            {"card": "step_down", "sets": 3, "reps": "8-10", "tempo": "3-1-1", "rest": 60, "side": "left", "note": "Knee over the second toe"},
            {"card": "Wall sit", "sets": 4, "seconds": 45, "rest": 60, "load": "body weight"},
            {"card": "side_lying_abduction", "sets": 3, "reps": 15}
          ],
          "coolDown": [
            {"card": "calf_wall_stretch", "sets": 1, "seconds": 30}
          ]
        }
        """

    @Test func theDocumentedExampleReads() throws {
        let routine = try RoutineReader.read(Self.knee, source: "knee.json", catalog: Self.catalog)
        #expect(routine.title == "Knee programme")
        #expect(routine.author == "Dr. Ana Ruiz, physiotherapist")
        #expect(routine.written == CalendarDate(year: 2026, month: 11, day: 30))
        #expect(routine.exercises.map(\.card) == ["step_down", "wall_sit", "side_lying_abduction"], "a card named by its name is kept by id")
        #expect(routine.exercises[0].reps == 8...10)
        #expect(routine.exercises[0].side == .left)
        #expect(routine.exercises[0].tempo == .phases(down: 3, pause: 1, up: 1))
        #expect(routine.exercises[1].seconds == 45 && routine.exercises[1].reps == nil)
        #expect(routine.exercises[2].rest == nil, "no rest written: the card's at the runner's level")
        #expect(routine.warmUp.count == 1 && routine.coolDown.count == 1)
    }

    /// What the writer writes, the reader reads back the same.
    @Test func theWrittenFileReadsBackTheSame() throws {
        let routine = try RoutineReader.read(Self.knee, source: "knee.json", catalog: Self.catalog)
        let text = RoutineWriter.text(routine)
        #expect(try RoutineReader.read(text, source: "again", catalog: Self.catalog) == routine)
        #expect(text.hasPrefix("{\n  \"format\": 1,\n  \"title\": \"Knee programme\""), "fields in the format's order")
    }

    static func errors(_ text: String) -> [RoutineError] {
        do {
            _ = try RoutineReader.read(text, source: "bad.json", catalog: catalog)
            return []
        } catch {
            return error.errors
        }
    }

    @Test func aMisspelledCardGetsDidYouMeanWithItsLine() {
        let errors = Self.errors("""
            {
              "title": "Knee",
              "exercises": [
                {"card": "glute_bridge", "sets": 2, "reps": 10},
                {"card": "step_dwon", "sets": 3, "reps": 8}
              ]
            }
            """)
        #expect(errors.count == 1)
        #expect(errors.first?.line == 5)
        #expect(errors.first?.field == "exercises.2.card")
        #expect(errors.first?.message.contains("did you mean \"step_down\"") == true, "\(errors)")
    }

    /// Every problem of a broken file at once, each with its line and its field.
    @Test func everyProblemNamesItsLineAndField() {
        let errors = Self.errors("""
            {
              "title": "Broken",
              "writen": "2026-11-30",
              "exercises": [
                {"card": "step_down", "sets": 0, "reps": 8},
                {"card": "wall_sit", "sets": 3, "reps": 8, "seconds": 30},
                {"card": "glute_bridge", "sets": 3, "reps": "12-8", "repz": 3},
                {"card": "wall_sit", "sets": 3, "seconds": 30, "side": "left"},
                {"card": "step_down", "sets": 2, "reps": 8, "tempo": "quick", "rest": -5},
                {"sets": 2, "reps": 8}
              ]
            }
            """)
        let found = errors.map { "\($0.line) \($0.field ?? "")" }
        #expect(found.contains("3 writen"), "\(errors)")
        #expect(found.contains("5 exercises.1.sets"))
        #expect(found.contains("6 exercises.2.seconds"))
        #expect(found.contains("7 exercises.3.reps"))
        #expect(found.contains("7 exercises.3.repz"))
        #expect(found.contains("8 exercises.4.side"))
        #expect(found.contains("9 exercises.5.tempo"))
        #expect(found.contains("9 exercises.5.rest"))
        #expect(found.contains("10 exercises.6.card"))
        #expect(errors.allSatisfy { $0.field != nil && $0.line > 1 }, "every error has a line and a field: \(errors)")
        #expect(errors.first { $0.field == "writen" }?.message.contains("did you mean \"written\"") == true)
        #expect(errors.first { $0.field == "exercises.3.repz" }?.message.contains("did you mean \"reps\"") == true)
        #expect(errors.first?.description.hasPrefix("bad.json: line 3, writen: ") == true)
    }

    @Test func aSyntaxErrorNamesItsLine() {
        let errors = Self.errors("{\n  \"title\": \"Knee\",\n  \"exercises\": [\n    {\"card\": \"glute_bridge\", \"sets\": 2, \"reps\": 10},\n  ]\n}")
        #expect(errors.count == 1)
        #expect(errors.first?.line == 5)
        #expect(errors.first?.message.contains("comma") == true)
    }

    @Test func aFileWithoutTitleOrExercisesSaysSo() {
        let errors = Self.errors("{\n  \"exercises\": []\n}")
        #expect(errors.contains { $0.field == "title" && $0.message.hasPrefix("missing") })
        #expect(errors.contains { $0.field == "exercises" && $0.line == 2 && $0.message.hasPrefix("empty") })
        #expect(Self.errors("[1, 2]").first?.message.contains("must be an object") == true)
        #expect(Self.errors("{\"title\": \"x\", \"title\": \"y\", \"exercises\": [{\"card\": \"wall_sit\", \"sets\": 1, \"seconds\": 30}]}")
            .contains { $0.field == "title" && $0.message.contains("twice") })
    }

    /// The routine as a session: its doses as written, the card's rest where none is, one side only.
    @Test func aRoutineBecomesASessionAtItsWrittenDoses() throws {
        let routine = try RoutineReader.read(Self.knee, source: "knee.json", catalog: Self.catalog)
        let plan = routine.sessionPlan(id: "r", catalog: Self.catalog, level: .intermediate)
        #expect(plan.items.map(\.cardID) == ["glute_bridge", "step_down", "wall_sit", "side_lying_abduction", "calf_wall_stretch"])
        #expect(plan.items[0].role == .warmUp)
        #expect(plan.items[1].dose == Dose(sets: 3, work: .reps(8...10), rest: 60))
        #expect(plan.items[1].unilateral == false, "left side only is one side, counted once")
        #expect(plan.items[1].cue.hasPrefix("Left side only · Knee over the second toe"))
        let abduction = try #require(Self.catalog.card(id: "side_lying_abduction"))
        #expect(plan.items[3].dose.rest == abduction.dose[.intermediate]?.rest)
        #expect(plan.items[4].role == .stretch)
        #expect(routine.plannedSeconds(catalog: Self.catalog, level: .intermediate) > 8 * 60)
    }
}
