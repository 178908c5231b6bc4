import LegworkKit
import Testing

/// The builder's flow, headless: add cards at their own dose, change a dose within the limits, reorder,
/// remove, name, save.
@Suite struct RoutineBuilderTests {
    static let catalog = try! Catalog.bundled()
    static func card(_ id: String) -> ExerciseCard { catalog.card(id: id)! }

    @Test func aCardComesInAtItsOwnDoseForTheLevel() {
        var builder = RoutineBuilder(catalog: Self.catalog, level: .intermediate)
        builder.handle(.add(Self.card("step_down")))
        builder.handle(.add(Self.card("front_plank")))
        let stepDown = Self.card("step_down").dose[.intermediate]!
        #expect(builder.exercises[0].sets == stepDown.sets)
        #expect(builder.exercises[0].work == stepDown.work)
        #expect(builder.exercises[0].rest == stepDown.rest)
        #expect(builder.exercises[1].seconds != nil, "a hold stays a hold")
        #expect(builder.selected == 1, "the added card is selected")
        // A card without a dose at the level takes the nearest level's.
        var beginner = RoutineBuilder(catalog: Self.catalog, level: .beginner)
        beginner.handle(.add(Self.card("bulgarian_split_squat")))
        #expect(beginner.exercises[0].sets == Self.card("bulgarian_split_squat").dose[.intermediate]!.sets)
    }

    @Test func dosesChangeFieldByFieldWithinTheLimits() {
        var builder = RoutineBuilder(catalog: Self.catalog, level: .beginner)
        builder.handle(.add(Self.card("glute_bridge")))
        let sets = builder.exercises[0].sets
        builder.handle(.increase)
        #expect(builder.exercises[0].sets == sets + 1)
        for _ in 0..<20 { builder.handle(.decrease) }
        #expect(builder.exercises[0].sets == RoutineLimits.sets.lowerBound, "never below one set")
        builder.handle(.nextField)
        #expect(builder.field == .work)
        let reps = builder.exercises[0].reps!
        builder.handle(.increase)
        #expect(builder.exercises[0].reps == (reps.lowerBound + 1)...(reps.upperBound + 1))
        builder.handle(.nextField)
        let rest = builder.exercises[0].rest!
        builder.handle(.increase)
        #expect(builder.exercises[0].rest == rest + RoutineLimits.restStep)
        builder.handle(.nextField)
        builder.handle(.increase)
        #expect(builder.exercises[0].side == .both, "a two-legged card keeps both sides")
        #expect(builder.problem != nil)
        builder.handle(.add(Self.card("step_down")))
        builder.handle(.increase)
        #expect(builder.exercises[1].side == .left)
    }

    @Test func exercisesReorderAndGo() {
        var builder = RoutineBuilder(catalog: Self.catalog, level: .beginner)
        for id in ["glute_bridge", "step_down", "wall_sit"] { builder.handle(.add(Self.card(id))) }
        builder.handle(.moveUp)
        #expect(builder.exercises.map(\.card) == ["glute_bridge", "wall_sit", "step_down"])
        #expect(builder.selected == 1, "the moved exercise stays selected")
        builder.handle(.moveUp)
        builder.handle(.moveUp)
        #expect(builder.exercises.map(\.card) == ["wall_sit", "glute_bridge", "step_down"], "the first stays first")
        builder.handle(.down)
        builder.handle(.remove)
        #expect(builder.exercises.map(\.card) == ["wall_sit", "step_down"])
        #expect(builder.rows.first?.hasPrefix("Wall sit — ") == true)
    }

    @Test func savingNeedsANameAndAnExercise() throws {
        var builder = RoutineBuilder(catalog: Self.catalog, level: .beginner)
        #expect(builder.handle(.save) == nil)
        #expect(builder.problem?.contains("name") == true)
        builder.handle(.rename("  Hotel room  "))
        #expect(builder.handle(.save) == nil)
        #expect(builder.problem?.contains("Add an exercise") == true)
        builder.handle(.add(Self.card("glute_bridge")))
        let before = builder.totalSeconds
        builder.handle(.add(Self.card("front_plank")))
        #expect(builder.totalSeconds > before, "the preview grows with the routine")
        guard case let .save(routine, replacing)? = builder.handle(.save) else { Issue.record("not saved"); return }
        #expect(routine.title == "Hotel room")
        #expect(replacing == nil)
        #expect(!builder.changed)
        // Saved as a file, read back the same.
        #expect(try RoutineReader.read(RoutineWriter.text(routine), source: "x", catalog: Self.catalog) == routine)
        // Editing keeps the name it was opened under, to replace it.
        var edit = RoutineBuilder(catalog: Self.catalog, level: .beginner, editing: routine, name: "Hotel room")
        edit.handle(.rename("Hotel room 2"))
        #expect(edit.handle(.save) == .save(edit.routine, replacing: "Hotel room"))
    }
}
