import Foundation
import Testing

/// Runs the built `legwork` in a real terminal (a tmux pane on a private tmux server) and reads the
/// screen like a person would: type with send-keys, look with capture-pane.
final class TmuxSession {
    let socket: String
    let dataDir: URL
    private(set) var closed = false

    /// Starts `legwork ARGS` inside an interactive shell in a WIDTHxHEIGHT window, so that after it exits
    /// the test can look at the shell it leaves behind.
    init(_ arguments: [String] = [], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        socket = "legwork-e2e-\(UUID().uuidString.prefix(8))"
        dataDir = FileManager.default.temporaryDirectory.appending(path: "legwork-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dataDir, withIntermediateDirectories: true)
        // The tmux server is forked by this first command and would inherit a pipe on stdout, so that
        // reading the pipe to its end would never finish: it gets no pipe.
        try tmux(capture: false, ["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "e2e",
                  "env", "-i", "TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(dataDir.path)", "PATH=/usr/bin:/bin",
                  "PS1=$ ", "bash", "--norc", "--noprofile"])
        try tmux(["set-option", "-g", "status", "off"])
        try tmux(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
        let env = environment.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        let command = ([Self.binary.path, "--data-dir", dataDir.path] + arguments).map(Self.quote).joined(separator: " ")
        type("clear; \(env) \(command); echo \"exit=$?\"")
        press("Enter")
    }

    deinit { close() }

    func close() {
        guard !closed else { return }
        closed = true
        _ = try? tmux(capture: false, ["kill-server"])
        try? FileManager.default.removeItem(at: dataDir)
    }

    /// The `legwork` built next to this test bundle.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["LEGWORK_BINARY"] { return URL(fileURLWithPath: path) }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // On Linux the test runner is `.build/<triple>/debug/LegworkPackageTests.xctest`.
        while dir.path != "/" {
            let candidate = dir.appending(path: "legwork")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return exe.deletingLastPathComponent().appending(path: "legwork")
    }()

    static func quote(_ s: String) -> String {
        s.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:,+".contains($0) }) ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    func type(_ text: String) { _ = try? tmux(["send-keys", "-t", "e2e", "-l", text]) }
    func press(_ keys: String...) { _ = try? tmux(["send-keys", "-t", "e2e"] + keys) }

    /// From a session summary: Enter goes home (also when the session was started from the command
    /// line), and `q` there ends the program.
    func leaveSummaryThroughHome() async {
        press("Enter")
        await waitFor(text: "Today's session")
        type("q")
        await waitFor(text: "exit=0")
    }

    /// Starts legwork's home screen from the shell in this pane (after a command run at its creation),
    /// with `options` before it and the exit status echoed as `marker=N`.
    func openHome(_ options: [String] = [], marker: String = "exit") async {
        type("clear; \(Self.binary.path) --data-dir \(dataDir.path)\(options.map { " " + $0 }.joined()); echo \"\(marker)=$?\"")
        press("Enter")
        await waitFor(text: "Today's session")
    }

    /// The check-in before a strength session: Enter starts, the questions left unanswered.
    func passCheckIn() async {
        await waitFor(text: "a few seconds. Enter starts.", timeout: 20)
        press("Enter")
    }

    /// Into a planned session: the check-in, then the page that says what the session is when there is
    /// one (a session of another day done today), to the runner's first step.
    func beginPlannedSession() async {
        await passCheckIn()
        let screen = await waitFor("the session or its first page", timeout: 20) { $0.contains("Press Enter to begin") || $0.contains("Get ready") }
        if screen.contains("Press Enter to begin") { press("Enter") }
    }

    /// Waits until the session runner has the screen (any of its steps: a fast session may already be
    /// past "Get ready", so no passing word is waited for).
    func waitForTheRunner() async {
        await waitFor("the session runner") { $0.contains("Legwork · Session") && !$0.contains("Press Enter to begin") && !$0.contains("Enter starts.") }
    }

    /// From the screen after "Today's session" to the runner: on a day without a planned session the
    /// Today page offers the next session anyway (`a`); then the check-in and the session's first page.
    func throughTodayToTheRunner() async {
        let first = await waitFor("the check-in or the Today page", timeout: 20) {
            $0.contains("a few seconds. Enter starts.") || $0.contains("a = your next session anyway")
        }
        if first.contains("a = your next session anyway") { type("a") }
        await beginPlannedSession()
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
    }

    /// From now on, everything the program writes to the pane is also appended to the returned file:
    /// a moment that passes faster than the screen can be polled on a busy machine (a "switch sides"
    /// cue lasts a tenth of a second at `--speed 60`) is still there to find afterwards.
    func recordOutput() throws -> URL {
        let file = dataDir.appending(path: "pane-output-\(UUID().uuidString)")
        try tmux(["pipe-pane", "-t", "e2e", "-o", "cat >> \(Self.quote(file.path))"])
        return file
    }

    /// The visible screen, one line per row.
    func screen() -> String { (try? tmux(["capture-pane", "-p", "-t", "e2e"])) ?? "" }

    /// A tmux format value of the pane, e.g. `#{alternate_on}` or `#{cursor_flag}`.
    func pane(_ format: String) -> String {
        ((try? tmux(["display-message", "-p", "-t", "e2e", format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pid of legwork itself (the child of the pane's shell), once it runs.
    func legworkPID() -> Int32? {
        guard let shell = Int32(pane("#{pane_pid}")) else { return nil }
        let out = (try? Command.runNow(["pgrep", "-P", "\(shell)", "-f", "legwork"]).stdout) ?? ""
        return out.split(separator: "\n").compactMap { Int32($0) }.first
    }

    /// Waits until the screen satisfies `condition`, then lets it settle: it is returned once two captures
    /// in a row are equal, so a screen read while it is being drawn (an overlay's first line before its
    /// last) is not returned. A screen that keeps moving (a countdown) is returned after a few captures;
    /// a state that passes (a "switch sides" moment) is returned as it was seen. Polls the pane because
    /// tmux has no "screen changed" notification; this is waiting, not timing. The deadline is generous
    /// because a busy machine may take seconds to start the program.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool) async -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = screen()
        while !condition(last) {
            if Date() > deadline {
                Issue.record("timed out waiting for \(what); the screen was:\n\(last)", sourceLocation: sourceLocation)
                return last
            }
            await Self.pause()
            last = screen()
        }
        for _ in 0..<Self.settleCaptures {
            await Self.pause()
            let next = screen()
            guard condition(next) else { return last }
            if next == last { return next }
            last = next
        }
        return last
    }

    /// Between two looks at the screen. Awaited, not slept: the test runner has a thread per core, and a
    /// test that slept on one while a program drew held it from every other test (a test that had ended
    /// waited a minute to be heard of).
    static func pause() async { try? await Task.sleep(nanoseconds: 50_000_000) }

    /// How many further captures (50 ms apart) a satisfied screen gets to settle.
    static let settleCaptures = 2

    @discardableResult
    func waitFor(text: String, timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation) async -> String {
        await waitFor("\"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    @discardableResult
    func tmux(capture: Bool = true, _ arguments: [String]) throws -> String {
        try Command.runNow(["tmux", "-L", socket] + arguments, capture: capture).stdout
    }
}
