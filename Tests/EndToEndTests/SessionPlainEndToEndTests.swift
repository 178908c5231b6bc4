import Foundation
import LegworkKit
import LegworkStore
import Testing

/// `--plain` through the real binary: whole sessions unattended, log lines from standard input, the
/// safety stop, and what lands in the training log.
@Suite(.serialized) struct SessionPlainEndToEndTests {
    let dataDir = FileManager.default.temporaryDirectory.appending(path: "legwork-plain-\(UUID().uuidString)")

    /// Runs legwork with `input` on standard input.
    func legwork(_ arguments: [String], input: String = "") async throws -> Command.Result {
        try await Command.legwork(arguments, dataDir: dataDir, input: input)
    }

    func store() throws -> Store { try Store.open(StorePaths.resolve(dataDir: dataDir.path)) }

    /// The lines without their "[MM:SS.t] " stamps.
    func texts(_ output: String) -> [String] {
        output.split(separator: "\n").map { line in
            line.hasPrefix("[") ? String(line.drop { $0 != "]" }.dropFirst(2)) : String(line)
        }
    }

    @Test func todayRunsUnattendedToTheEnd() async throws {
        defer { try? FileManager.default.removeItem(at: dataDir) }
        let result = try await legwork(["--speed", "50", "session", "today", "--plain"])
        #expect(result.status == 0, "\(result.stderr)")
        // Before the session: the check-in (its answers kept at the end of input) and, without a profile,
        // what this session is; then every line is stamped.
        let all = result.stdout.split(separator: "\n")
        #expect(all[0].hasPrefix("Check-in: no new warning sign."))
        #expect(all[1].hasPrefix("No profile yet, so no plan: this is a general starter session."))
        #expect(all.dropFirst(2).allSatisfy { $0.hasPrefix("[") }, "every session line is stamped")
        let lines = texts(all.dropFirst(2).joined(separator: "\n"))
        // The timed warm-up moves come first and the cool-down last; neither asks for a log.
        #expect(lines.first == "Get ready. First: March or jog on the spot, 60 s")
        let order = ["March or jog on the spot", "Leg swings, left side", "Glute bridge, set 1 of 2 — 12 reps at 2-1-1", "Rest 45 seconds", "Glute bridge done. How did it go?",
                     "End of input: logged as planned.", "Single-leg RDL, set 1 of 2, left side", "Switch sides",
                     "Lateral band walk, set 1 of 2", "Controlled step-up", "Front plank, set 3 of 3 — 20 s", "Cool-down. First: Easy walk", "Session done.",
                     "Done: Today's strength session"]
        var position = 0
        for expected in order {
            let found = lines[position...].firstIndex { $0.hasPrefix(expected) }
            #expect(found != nil, "\"\(expected)\" missing or out of order in:\n\(result.stdout)")
            position = found ?? position
        }
        let log = try store()
        let sessions = try log.sessions()
        #expect(sessions.map(\.status) == [.completed])
        #expect(try log.sets(session: sessions[0].id).count == 2 + 4 + 2 + 4 + 3)
        #expect(try log.loadDocument(.sessionInProgress, as: PersistedSnapshotProbe.self) == nil)
    }

    @Test func logLinesFromStandardInputAreUsed() async throws {
        defer { try? FileManager.default.removeItem(at: dataDir) }
        let result = try await legwork(["--speed", "500", "session", "glute_bridge", "--plain"], input: "ten\n10 5 1 2\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Not understood: reps \"ten\" is not a number"))
        #expect(result.stdout.contains("Glute bridge: 2 × 10, planned 2 × 12"))
        let log = try store()
        let sets = try log.sets(session: try #require(log.sessions().first).id)
        #expect(sets.count == 2)
        #expect(sets.allSatisfy { $0.reps == 10 && $0.loadKg == 5 && $0.rir == 1 && $0.pain == 2 })
    }

    @Test func painOfSevenStopsTheSession() async throws {
        defer { try? FileManager.default.removeItem(at: dataDir) }
        let result = try await legwork(["--speed", "500", "session", "today", "--plain"], input: "12 0 2 7\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Stop here: no more exercise today. You reported pain of 7/10 during Glute bridge."))
        #expect(result.stdout.contains("Stopped for safety: Today's strength session"))
        #expect(!result.stdout.contains("Single-leg RDL, set 1"))
        let log = try store()
        let session = try #require(log.sessions().first)
        #expect(session.status == .stopped)
        #expect(session.notes?.contains("pain of 7/10") == true)
    }

    @Test(arguments: [5, 10, 15, 20, 30]) func stretchLastsItsMinutes(minutes: Int) async throws {
        defer { try? FileManager.default.removeItem(at: dataDir) }
        let result = try await legwork(["--speed", "1000", "stretch", "--minutes", "\(minutes)", "--plain"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = texts(result.stdout)
        #expect(lines.first == "Post-run stretch, \(minutes):00 min:")
        #expect(lines.contains { $0.hasPrefix("1. ") && $0.contains(" s") })
        #expect(lines.contains("Done: Post-run stretch, \(minutes):00 of \(minutes):00 planned."))
        let session = try #require(try store().sessions().first)
        #expect(session.kind == .stretch && session.status == .completed && session.plannedSeconds == minutes * 60)
    }

    @Test func wrongMinutesIsAUsageError() async throws {
        defer { try? FileManager.default.removeItem(at: dataDir) }
        let result = try await legwork(["stretch", "--minutes", "7", "--plain"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--minutes must be one of 5, 10, 15, 20, 30"))
    }
}

/// Decodes anything: only whether the document exists matters.
struct PersistedSnapshotProbe: Decodable {}
