import Foundation
import Testing

/// `legwork run` and `legwork import` of activity files through the built binary: what is printed and
/// the exit status the contract gives (0 done, 1 runtime error, 2 bad usage).
@Suite struct RunsEndToEndTests {
    typealias DataDir = ProfileEndToEndTests.DataDir

    @Test func logListAndRefuseARun() async throws {
        let dir = DataDir()
        let logged = try await dir.legwork("run", "21.1km", "long", "--time", "1:58:00", "--date", "2026-11-29")
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(logged.stdout.hasPrefix("logged run 1: Sunday 29 November"))
        #expect(logged.stdout.contains("21.1 km long run in 1:58:00"))
        let wrong = try await dir.legwork("run", "8kg", "easy")
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("8kg is not a distance: give kilometres or miles, like 8km, 21.1km or 5mi"))
        let missing = try await dir.legwork("run", "--delete", "7")
        #expect(missing.status == 1 && missing.stderr == "legwork: there is no run 7: see them with legwork run --list\n")
        let list = try await dir.legwork("run", "--list")
        #expect(list.status == 0 && list.stdout.hasPrefix("    1  Sunday 29 November"))
    }

    @Test func importAFolderWithACutFileThenAgain() async throws {
        let dir = DataDir()
        let files = dir.url.appending(path: "watch")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        try """
            <?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>
            <trkpt lat="51.50" lon="-0.12"><time>2026-12-01T07:58:00Z</time></trkpt>
            <trkpt lat="51.55" lon="-0.12"><time>2026-12-01T08:28:00Z</time></trkpt></trkseg></trk></gpx>
            """.write(to: files.appending(path: "a.gpx"), atomically: true, encoding: .utf8)
        try "<gpx version=\"1.1\"><trk><trkseg>".write(to: files.appending(path: "cut.gpx"), atomically: true, encoding: .utf8)
        let first = try await dir.legwork("import", files.path)
        #expect(first.status == 1)
        #expect(first.stdout.hasPrefix("1 file: 1 run read; 1 added, 0 already held"))
        #expect(first.stderr.contains("cut.gpx: it ends before its <trkseg> is closed"))
        let again = try await dir.legwork("import", files.appending(path: "a.gpx").path)
        #expect(again.status == 0 && again.stdout.hasPrefix("1 file: 1 run read; 0 added, 1 already held"))
        let history = try await dir.legwork("history", "--json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any])
        let runs = try #require(json["runs"] as? [[String: Any]])
        #expect(runs.count == 1 && runs[0]["source"] as? String == "gpx" && (runs[0]["metres"] as? Double ?? 0) > 5500)
    }

    /// "Log a run" from Home, typed like a person: the run is stored and the answer shows under the form.
    @Test func logARunFromHome() async throws {
        let tmux = try await TmuxSession.home()
        defer { tmux.close() }
        await tmux.waitFor(text: "Log a run")
        tmux.type("8")
        await tmux.waitFor(text: "Distance")
        // q is a letter in a field, not quit: it makes the distance wrong, and the form says so.
        tmux.type("8 kmq")
        tmux.press("Enter")
        await tmux.waitFor(text: "Distance: type how far")
        tmux.press("BSpace")
        tmux.press("Tab")
        tmux.press("Right")
        tmux.press("Enter")
        let saved = await tmux.waitFor(text: "Logged:")
        #expect(saved.contains("8 km long run"))
        tmux.press("Escape")
        await tmux.waitFor(text: "Today's session")
        tmux.type("q")
        await tmux.waitFor(text: "exit=0")
        let list = try await Command.run([TmuxSession.binary.path, "--data-dir", tmux.dataDir.path, "run", "--list"])
        #expect(list.stdout.contains("8 km long run"))
    }

    @Test func theMetronomeRingsABellPerStep() async throws {
        let dir = DataDir()
        let result = try await dir.legwork("--speed", "50", "run", "--metronome", "172", "--minutes", "0.05")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.filter { $0 == "\u{07}" }.count == 8)
        await #expect(try dir.legwork("run", "--metronome", "90").status == 2)
    }
}
