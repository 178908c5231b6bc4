import Foundation
import LegworkKit
import LegworkStore
import Testing

/// The safety gate at the doors a runner uses: Home's "Today's session", `session`, `stretch`, `--plain`.
@Suite(.serialized) struct SafetyEndToEndTests {
    let dataDir = FileManager.default.temporaryDirectory.appending(path: "legwork-safety-\(UUID().uuidString)")
    init() {}

    func legwork(_ arguments: [String], input: String = "") async throws -> Command.Result {
        try await Command.legwork(arguments, dataDir: dataDir, input: input)
    }

    static let runner = ["experience=regular", "goal=stamina", "run-days=tue,thu,sat", "long-run-day=sat", "strength-days=2",
                         "equipment=mat,step,dumbbells,mini-band"]

    // Home's doors under a warning sign and after a safety stop are tested through the app on the core
    // (LegworkAppTests/HomeSafetyHeadlessTests): they need no terminal.

    @Test(arguments: [["session", "today"], ["session", "next"], ["session", "glute_bridge"], ["stretch"]])
    func urgentSignsRefuseEveryPlainDoor(door: [String]) async throws {
        defer { try? FileManager.default.removeItem(at: dataDir) }
        await #expect(try legwork(["profile", "set"] + Self.runner + ["red-flags=chest-pain"]).status == 0)
        let result = try await legwork(["--speed", "100"] + door + ["--plain"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Urgent care today"))
        #expect(!result.stdout.contains("Get ready"))
        #expect(try Store.open(StorePaths.resolve(dataDir: dataDir.path)).sessions().isEmpty)
    }

    @Test func aSafetyStopHoldsForTheRestOfTheDay() async throws {
        defer { try? FileManager.default.removeItem(at: dataDir) }
        let first = try await legwork(["--speed", "500", "session", "glute_bridge", "--plain"], input: "12 0 2 7\n")
        #expect(first.stdout.contains("Stopped for safety"))
        let again = try await legwork(["--speed", "500", "session", "glute_bridge", "--plain"])
        #expect(again.status == 1)
        #expect(again.stdout.contains("A session was stopped for your safety today"))
        #expect(!again.stdout.contains("Get ready"))
        // A gentle stretch is still offered, and allowed.
        #expect(again.stdout.contains("legwork stretch"))
        let stretch = try await legwork(["--speed", "1000", "stretch", "--minutes", "5", "--plain"])
        #expect(stretch.status == 0)
    }

    @Test func aCheckInLineFeedsTheGateAndLogEntriesStillWork() async throws {
        defer { try? FileManager.default.removeItem(at: dataDir) }
        await #expect(try legwork(["profile", "set"] + Self.runner + ["injury=knee:current:3"]).status == 0)
        // Knee pain 7 at the check-in: the exercise that loads the knee goes one step easier (DOMAIN §6: only
        // the painful exercise); the log line after the check-in is still read.
        let result = try await legwork(["--speed", "500", "session", "step_up", "--plain"], input: "knee=7\n8 0 2 2\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Check-in: Runner's knee 7/10"))
        #expect(result.stdout.contains("First: Split squat"), "one step easier than the step-up")
        #expect(result.stdout.contains("Split squat instead of Controlled step-up: one step easier: pain above 5/10."))
        #expect(result.stdout.contains("Split squat: 3 × 8"))
        // A lying-down bridge does not load the sore knee: it stays as planned.
        let bridge = try await legwork(["--speed", "500", "session", "sl_glute_bridge", "--plain"], input: "knee=7\n")
        #expect(bridge.stdout.contains("First: Single-leg glute bridge"), "\(bridge.stdout)")
        // A new warning sign at the check-in stays in the profile until cleared.
        let signed = try await legwork(["--speed", "500", "session", "glute_bridge", "--plain"], input: "sign=limp\n")
        #expect(signed.stdout.contains("Only lying-down hip and core work") || signed.stdout.contains("Get ready"))
        let profile = try await legwork(["profile", "show", "--json"])
        #expect(profile.stdout.contains("\"limp\""))
    }

    @Test func previewsAreMarkedAndDoNotCountAsTraining() async throws {
        defer { try? FileManager.default.removeItem(at: dataDir) }
        await #expect(try legwork(["--speed", "500", "session", "glute_bridge", "--plain"]).status == 0)
        let store = try Store.open(StorePaths.resolve(dataDir: dataDir.path))
        let session = try #require(store.sessions().first)
        #expect(session.preview)
        #expect(try store.sets(exercise: "glute_bridge").isEmpty, "previews never drive progression")
        #expect(try store.historyData().sessions.isEmpty, "nor history charts and streaks")
    }
}

// DOMAIN §3's table row by row at every door, and a bone-stress sign's plan, are tested on the
// application core (LegworkAppTests/SafetyTableHeadlessTests): they need no terminal.

/// Home's stretch: the length and a focus are chosen on the screen, not only on the command line.
@Suite(.serialized) struct StretchChoiceEndToEndTests {
    @Test func homeOffersTheLengthAndAFocus() async throws {
        let tmux = try await TmuxSession.home()
        defer { tmux.close() }
        await tmux.waitFor(text: "15-minute stretch")
        tmux.type("2")
        let choice = await tmux.waitFor(text: "How long")
        #expect(choice.contains("[15]"))
        #expect(choice.contains("[none]"))
        tmux.type("2")                      // 10 minutes
        tmux.press("Down")
        for _ in 0..<3 { tmux.press("Right") }   // calves, hips, hamstrings
        await tmux.waitFor(text: "10 minutes, hamstrings first")
        tmux.press("Enter")
        let list = await tmux.waitFor(text: "Press Enter to begin")
        #expect(list.contains("10:00"), "\(list)")
        #expect(list.contains("Supine hamstring stretch — 40 s per side × 2"), "\(list)")
        tmux.press("Escape")
        await tmux.waitFor(text: "15-minute stretch")
        tmux.type("q")
        await tmux.waitFor(text: "exit=0")
    }
}
