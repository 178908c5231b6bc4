import Foundation
import LegworkStore
import Testing

/// `legwork routine …` through the real binary: a therapist's file taken in, run `--plain` through the
/// check-in and into the log, written back out, scheduled into the plan; a broken file refused by line.
@Suite(.serialized) struct RoutineEndToEndTests {
    let dataDir = FileManager.default.temporaryDirectory.appending(path: "legwork-routine-\(UUID().uuidString)")

    func legwork(_ arguments: [String], input: String = "") async throws -> Command.Result {
        try await Command.legwork(arguments, dataDir: dataDir, input: input)
    }

    static let file = """
        {
          "title": "Hotel room",
          "author": "Dr. Ana Ruiz",
          "exercises": [
            {"card": "glute_bridge", "sets": 2, "reps": 8, "rest": 20},
            {"card": "Side plank", "sets": 1, "seconds": 20, "rest": 20, "side": "left", "note": "Sore side only"}
          ]
        }
        """

    @Test func importRunExportAndSchedule() async throws {
        defer { try? FileManager.default.removeItem(at: dataDir) }
        try FileManager.default.createDirectory(at: dataDir, withIntermediateDirectories: true)
        let path = dataDir.appending(path: "hotel.json").path
        try Self.file.write(toFile: path, atomically: true, encoding: .utf8)
        let imported = try await legwork(["routine", "import", path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("Saved the routine \"Hotel room\": 2 exercises"))

        // At the real speed on a clock running 300 times fast: training, not a preview, so its sets count.
        let command = [TmuxSession.binary.path, "--data-dir", dataDir.path, "routine", "run", "hotel room", "--plain"]
            .map(TmuxSession.quote).joined(separator: " ")
        let run = try await Command.run(["/bin/sh", "-c", "exec faketime -f '+0d x300' \(command) < /dev/null"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Check-in:"), "the check-in comes first")
        #expect(run.stdout.contains("Glute bridge, set 1 of 2"))
        #expect(run.stdout.contains("Side plank"))
        // The routine's own exercise on the left side only (the cool-down's stretches after it take both sides).
        #expect(!run.stdout.split(separator: "\n").contains { $0.contains("Glute bridge") && $0.contains("right side") }, "the left side only")
        #expect(run.stdout.contains("Done: Hotel room"))
        let store = try Store.open(StorePaths.resolve(dataDir: dataDir.path))
        let sessions = try store.sessions()
        #expect(sessions.map(\.title) == ["Hotel room"], "logged, and so in the history")
        #expect(try store.recentSets(exercise: "glute_bridge", sessions: 1).count == 2, "the plan's progression reads its sets")
        try store.close()

        let exported = try await legwork(["routine", "export", "Hotel room"])
        #expect(exported.status == 0)
        #expect(exported.stdout.contains("\"card\": \"side_plank\", \"sets\": 1, \"seconds\": 20, \"rest\": 20, \"side\": \"left\""))

        await #expect(try legwork(["profile", "set", "experience=regular", "run-days=tue,thu,sun", "long-run-day=sun", "strength-days=2"]).status == 0)
        let scheduled = try await legwork(["routine", "schedule", "Hotel room", "--days", "tue,fri", "--weeks", "6"])
        #expect(scheduled.status == 0, "\(scheduled.stderr)")
        #expect(scheduled.stdout.contains("every Tuesday and Friday for 6 weeks"))
        let plan = try await legwork(["plan", "--plain"])
        #expect(plan.stdout.contains("then Hotel room (your therapist's programme)"), "\(plan.stdout)")
    }

    @Test func aBrokenFileIsRefusedByLineAndField() async throws {
        defer { try? FileManager.default.removeItem(at: dataDir) }
        try FileManager.default.createDirectory(at: dataDir, withIntermediateDirectories: true)
        let path = dataDir.appending(path: "bad.json").path
        try "{\n  \"title\": \"Bad\",\n  \"exercises\": [\n    {\"card\": \"side_plnak\", \"sets\": 11, \"seconds\": 20}\n  ]\n}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try await legwork(["routine", "import", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.json: line 4, exercises.1.card: unknown exercise \"side_plnak\"; did you mean \"side_plank\""), "\(result.stderr)")
        #expect(result.stderr.contains("line 4, exercises.1.sets: a whole number from 1 to 10 (found 11)"))
        let missing = try await legwork(["routine", "run", "Hotel"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no routine called \"Hotel\""))
    }

    /// Home's "My routines" in a real terminal: a routine built from the cards (the browser's search inside
    /// the builder), named, saved, and listed with its length.
    @Test func buildOneFromHome() async throws {
        let tmux = try await TmuxSession.home()
        defer { tmux.close() }
        await tmux.waitFor(text: "My routines")
        tmux.type("9")
        await tmux.waitFor(text: "No routines yet")
        tmux.type("n")
        await tmux.waitFor(text: "Empty: a adds an exercise.")
        tmux.type("a")
        await tmux.waitFor(text: "Pick an exercise")
        tmux.type("/")
        tmux.type("wall sit")
        tmux.press("Enter")
        tmux.press("Enter")
        await tmux.waitFor(text: "1. Wall sit")
        tmux.type("t")
        tmux.type("Hotel room")
        tmux.press("Enter")
        tmux.type("s")
        let list = await tmux.waitFor(text: "1 exercise, about")
        #expect(list.contains("Hotel room"))
    }
}
