import Foundation
import Testing

/// The history screen and the log exports on a store filled with two generated years
/// (scripts/history-seed.sql through sqlite3).
@Suite(.serialized) struct HistoryEndToEndTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "scripts/history-seed.sql").path

    func seed(_ dataDir: URL, years: Int) async throws {
        let db = dataDir.appending(path: "legwork.sqlite").path
        let result = try await Command.run(["sqlite3", "-cmd", ".parameter set :years \(years)", db, ".read \(Self.seed)"])
        #expect(result.status == 0, "sqlite3: \(result.stderr)")
    }

    @Test func historyScreenEmptyThenSeeded() async throws {
        let tmux = try TmuxSession(["history"])
        defer { tmux.close() }
        let empty = await tmux.waitFor(text: "Nothing logged yet")
        #expect(empty.contains("Legwork · History"))
        #expect(empty.contains("Streak     0 weeks"))
        tmux.type("q")
        await tmux.waitFor(text: "exit=0")

        try await seed(tmux.dataDir, years: 2)
        let command = [TmuxSession.binary.path, "--data-dir", tmux.dataDir.path, "history"].map(TmuxSession.quote).joined(separator: " ")
        tmux.type("clear; \(command); echo \"exit=$?\"")
        tmux.press("Enter")
        let screen = await tmux.waitFor(text: "Exercises (5)")
        #expect(screen.contains("█ strength  ▒ stretch  ▓ both"))
        #expect(screen.contains("per session"))
        #expect(screen.contains("sessions, last on"))
        #expect(screen.contains("Streak"))
        // Move through the list: the chart's title follows the selection.
        let before = screen.split(separator: "\n").first { $0.contains("per session") }.map(String.init)
        tmux.type("j")
        await tmux.waitFor("the chart to follow the selection") { s in
            s.split(separator: "\n").first { $0.contains("per session") }.map(String.init) != before
        }
        tmux.press("Escape")
        await tmux.waitFor(text: "exit=0")
    }

    @Test func csvAndJSONParseBackAndExportWritesABackup() async throws {
        let dir = FileManager.default.temporaryDirectory.appending(path: "legwork-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let legwork = [TmuxSession.binary.path, "--data-dir", dir.path]
        await #expect(try Command.run(legwork + ["history", "--json"]).status == 0)   // creates the store
        try await seed(dir, years: 1)

        let csv = try await Command.run(legwork + ["history", "--csv"])
        #expect(csv.status == 0)
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "date,session,exercise,set,side,weight_kg,reps,seconds,rir,pain,notes,session_id,session_start")
        #expect(rows.count > 1000)
        #expect(rows.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 13 })

        let json = try await Command.run(legwork + ["history", "--json"])
        let history = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(history["format"] as? String == "legwork-history")
        let sessions = try #require(history["sessions"] as? [[String: Any]])
        let sets = sessions.reduce(0) { $0 + (($1["sets"] as? [Any])?.count ?? 0) }
        #expect(sets == rows.count - 1)

        let file = dir.appending(path: "backup.json").path
        await #expect(try Command.run(legwork + ["export", "-o", file]).status == 0)
        let backup = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        #expect(backup["format"] as? String == "legwork-backup")
        #expect((backup["sessions"] as? [Any])?.count == sessions.count)
        let again = try await Command.run(legwork + ["export", "-o", file])
        #expect(again.status == 1)
        #expect(again.stderr.contains("exists; choose another name or add --force"))
        await #expect(try Command.run(legwork + ["history", "--csv", "--json"]).status == 2)
    }
}
