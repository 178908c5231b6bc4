import Foundation
import Testing

/// The foundation as a person meets it: start, look, ask for help, resize, quit, and get a usable
/// shell back whatever way Legwork ends.
@Suite(.serialized) struct HomeEndToEndTests {
    /// After Legwork ends, the shell must be as it was: main screen, cursor shown, echo and line editing on.
    func expectRestoredShell(_ tmux: TmuxSession, exit status: Int, sourceLocation: SourceLocation = #_sourceLocation) async {
        await tmux.waitFor(text: "exit=\(status)", sourceLocation: sourceLocation)
        #expect(tmux.pane("#{alternate_on}") == "0", "still on the alternate screen", sourceLocation: sourceLocation)
        #expect(tmux.pane("#{cursor_flag}") == "1", "cursor hidden", sourceLocation: sourceLocation)
        tmux.type("stty -a | tr ' ' '\\n' | grep -xE -- '-?(echo|icanon|isig)' | sort | tr '\\n' ' '; echo")
        tmux.press("Enter")
        await tmux.waitFor(text: "echo icanon isig", sourceLocation: sourceLocation)
    }

    @Test func homeHelpAndQuit() async throws {
        let tmux = try await TmuxSession.home()
        defer { tmux.close() }
        let home = await tmux.waitFor(text: "Today's session")
        #expect(home.contains("Legwork · Home"))
        for item in ["15-minute stretch", "Browse exercises", "My plan", "History", "Profile", "Quit"] {
            #expect(home.contains(item))
        }
        tmux.type("?")
        let help = await tmux.waitFor("the whole help overlay") { $0.contains("Keys: Home") && $0.contains("Ctrl-Z") }
        #expect(help.contains("Ctrl-Z  suspend; fg brings Legwork back"))
        tmux.type("x")
        await tmux.waitFor("help closed") { !$0.contains("Keys: Home") && $0.contains("Today's session") }
        tmux.type("q")
        await expectRestoredShell(tmux, exit: 0)
    }

    @Test func resizeBelowTheMinimumAndBack() async throws {
        let tmux = try await TmuxSession.home()
        defer { tmux.close() }
        await tmux.waitFor(text: "Today's session")
        try tmux.resize(width: 30, height: 10)
        let small = await tmux.waitFor(text: "terminal too small")
        #expect(small.replacingOccurrences(of: "\n", with: " ").contains("have 30x10"))
        try tmux.resize(width: 80, height: 24)
        await tmux.waitFor(text: "Today's session")
        try tmux.resize(width: 120, height: 40)
        // Wait for the whole redraw at the new size: header across 120 columns and the menu below it.
        await tmux.waitFor("the home screen at 120 columns") { screen in
            let header = screen.split(separator: "\n").first ?? ""
            return header.hasSuffix("? help") && header.count > 100 && screen.contains("guided strength, counted and timed")
        }
        tmux.type("q")
        await expectRestoredShell(tmux, exit: 0)
    }

    /// In a real 40x12 terminal Home keeps its menu and opens the browser, which lists cards by name.
    @Test func fortyByTwelveKeepsHomeAndTheBrowserUsable() async throws {
        let tmux = try await TmuxSession.home()
        defer { tmux.close() }
        await tmux.waitFor(text: "Today's session")
        try tmux.resize(width: 40, height: 12)
        let home = await tmux.waitFor("Home redrawn at 40 columns") { screen in
            screen.contains("1  Today's session") && (screen.split(separator: "\n").first ?? "").count <= 40
        }
        #expect(!home.contains("terminal too small"))
        tmux.type("3")
        let browser = await tmux.waitFor(text: "Glute bridge")
        #expect(!browser.contains("terminal too small"))
        #expect(browser.contains("filters:"))
        tmux.type("q")
        await expectRestoredShell(tmux, exit: 0)
    }

    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129)])
    func aTerminationSignalRestoresTheTerminal(signal: Int32, status: Int) async throws {
        let tmux = try await TmuxSession.home()
        defer { tmux.close() }
        await tmux.waitFor(text: "Today's session")
        let pid = try #require(tmux.legworkPID())
        kill(pid, signal)
        await expectRestoredShell(tmux, exit: status)
    }

    @Test func ctrlCQuitsWith130() async throws {
        let tmux = try await TmuxSession.home()
        defer { tmux.close() }
        await tmux.waitFor(text: "Today's session")
        tmux.press("C-c")
        await expectRestoredShell(tmux, exit: 130)
    }

    @Test func ctrlZThenFgRedraws() async throws {
        let tmux = try await TmuxSession.home()
        defer { tmux.close() }
        await tmux.waitFor(text: "Today's session")
        tmux.press("C-z")
        await tmux.waitFor(text: "Stopped")
        #expect(tmux.pane("#{alternate_on}") == "0")
        // The stopped job leaves the rest of its command line behind, so ask for the status again.
        tmux.type("clear; fg; echo \"exit=$?\"")
        tmux.press("Enter")
        await tmux.waitFor(text: "Today's session")
        tmux.type("q")
        await tmux.waitFor(text: "exit=0")
    }

    @Test func aCrashInsideTheLoopStillRestoresTheTerminal() async throws {
        // LEGWORK_TEST_FAULT makes the loop trap (a Swift runtime crash, SIGTRAP/SIGILL) on the key "!".
        let tmux = try await TmuxSession.home(environment: ["LEGWORK_TEST_FAULT": "crash"])
        defer { tmux.close() }
        await tmux.waitFor(text: "Today's session")
        tmux.type("!")
        await tmux.waitFor("a non-zero exit") { $0.contains("exit=13") || $0.contains("exit=132") || $0.contains("exit=133") || $0.contains("exit=134") }
        #expect(tmux.pane("#{alternate_on}") == "0")
        #expect(tmux.pane("#{cursor_flag}") == "1")
    }

    @Test func anErrorThrownInsideTheLoopIsReportedAndTheTerminalRestored() async throws {
        let tmux = try await TmuxSession.home(environment: ["LEGWORK_TEST_FAULT": "throw"])
        defer { tmux.close() }
        await tmux.waitFor(text: "Today's session")
        tmux.type("!")
        let screen = await tmux.waitFor(text: "exit=1")
        #expect(screen.contains("legwork: "))
        await expectRestoredShell(tmux, exit: 1)
    }

    @Test func asciiWhenTheLocaleIsNotUTF8() async throws {
        let tmux = try await TmuxSession.home(environment: ["LANG": "C", "LC_ALL": "C"])
        defer { tmux.close() }
        let home = await tmux.waitFor(text: "Today's session")
        #expect(home.contains("Legwork - Home"))
        #expect(home.contains("  >  1  Today's session"))
        #expect(!home.contains("─"))
        tmux.type("?")
        await #expect(tmux.waitFor(text: "Keys: Home").contains("+- Keys: Home -"))
        tmux.type("xq")
        await tmux.waitFor(text: "exit=0")
    }

    @Test func noColorLeavesOutColourCodes() async throws {
        func colourCodes(_ environment: [String: String], _ arguments: [String] = []) async throws -> Bool {
            let tmux = try await TmuxSession.home(arguments, environment: environment)
            defer { tmux.close() }
            await tmux.waitFor(text: "Today's session")
            let escaped = tmux.captureWithEscapes()
            tmux.type("q")
            return escaped.contains("\u{1B}[36m") || escaped.contains("\u{1B}[38;5;6m")
        }
        await #expect(try colourCodes([:]))
        await #expect(try !colourCodes(["NO_COLOR": "1"]))
        await #expect(try !colourCodes([:], ["--no-color"]))
    }
}

/// Outside a terminal: clear messages, never a crash.
@Suite struct NoTerminalTests {
    func run(_ arguments: [String], environment: [String: String]) async throws -> (status: Int32, stderr: String) {
        let result = try await Command.run([TmuxSession.binary.path] + arguments, environment: environment)
        return (result.status, result.stderr)
    }

    @Test func aPipeInsteadOfATerminalPointsToPlainAndJson() async throws {
        let dir = FileManager.default.temporaryDirectory.appending(path: "legwork-pipe-\(UUID().uuidString)")
        let (status, stderr) = try await run(["--data-dir", dir.path], environment: ["TERM": "xterm"])
        #expect(status == 1)
        #expect(stderr.contains("legwork: the screens need a terminal"))
        #expect(stderr.contains("--plain"))
        #expect(stderr.contains("--json"))
    }

    @Test func badUsageExitsTwo() async throws {
        let (status, stderr) = try await run(["--speed", "0"], environment: [:])
        #expect(status == 2)
        #expect(stderr.contains("--speed"))
        await #expect(try run(["--no-such-option"], environment: [:]).status == 2)
    }
}

@Suite(.serialized) struct TerminalTypeTests {
    @Test func anUnknownTermGetsAClearMessage() async throws {
        let tmux = try TmuxSession(environment: ["TERM": "no-such-terminal"])
        defer { tmux.close() }
        let screen = await tmux.waitFor(text: "exit=1")
        #expect(screen.contains("TERM=no-such-terminal is not known"))
    }

    @Test func aDumbTerminalIsPointedToThePlainText() async throws {
        let tmux = try TmuxSession(["browse"], environment: ["TERM": "dumb"])
        defer { tmux.close() }
        let screen = await tmux.waitFor(text: "exit=1").replacingOccurrences(of: "\n", with: " ")
        #expect(screen.contains("cannot draw screens"))
        #expect(screen.contains("plan --plain"))
    }

    @Test func anUnsetTermGetsAClearMessage() async throws {
        let tmux = try TmuxSession(environment: ["TERM": ""])
        defer { tmux.close() }
        let screen = await tmux.waitFor(text: "exit=1")
        #expect(screen.contains("TERM is not set"))
    }
}

extension TmuxSession {
    func captureWithEscapes() -> String {
        (try? tmux(["capture-pane", "-e", "-p", "-t", "e2e"])) ?? ""
    }
}
