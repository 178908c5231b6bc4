#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Runs a program and waits for it with posix_spawn and waitpid. (Foundation's Process can leave a
/// child unreaped when many tests spawn in parallel, and a test that hangs is worse than none.)
enum Command {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the built `legwork` on `dataDir` with `input` on standard input (from a file, as a script
    /// would give it).
    @discardableResult
    static func legwork(_ arguments: [String], dataDir: URL, input: String = "") async throws -> Result {
        try FileManager.default.createDirectory(at: dataDir, withIntermediateDirectories: true)
        let file = dataDir.appending(path: "stdin-\(UUID().uuidString)")
        try input.write(to: file, atomically: true, encoding: .utf8)
        let command = ([TmuxSession.binary.path, "--data-dir", dataDir.path] + arguments).map(TmuxSession.quote).joined(separator: " ")
        return try await run(["/bin/sh", "-c", "exec \(command) < \(TmuxSession.quote(file.path))"])
    }

    /// Waits (up to `timeout` seconds) until process `pid`, not a child of this one, has ended: gone, or a
    /// zombie nobody reaped yet (its files, and so its locks, are already closed). Polls the state, not a
    /// time: a killed process on a busy machine may take a while to go.
    static func waitUntilEnded(_ pid: pid_t, timeout: Double = 20) async {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard kill(pid, 0) == 0,
                  let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return }
            if stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z") { return }
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
    }

    /// Runs `arguments` (looked up in PATH) and awaits its end, polling: a program may run for seconds,
    /// and a test blocked in `waitpid` would hold one of the test runner's threads from every other test.
    /// With `capture: false` the output goes to /dev/null: use it for programs that leave daemons behind,
    /// which would keep a pipe open forever.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String]? = nil, capture: Bool = true) async throws -> Result {
        let started = try start(arguments, environment: environment, capture: capture)
        var status: Int32 = 0
        while true {
            let ended = waitpid(started.pid, &status, WNOHANG)
            if ended == started.pid || (ended == -1 && errno != EINTR) { break }
            try? await Task.sleep(nanoseconds: 5_000_000)
        }
        return started.result(status)
    }

    /// `run`, blocking until the program ends: for tmux's own commands, which end at once, and for
    /// closing a session where nothing can be awaited (`deinit`).
    @discardableResult
    static func runNow(_ arguments: [String], environment: [String: String]? = nil, capture: Bool = true) throws -> Result {
        let started = try start(arguments, environment: environment, capture: capture)
        var status: Int32 = 0
        while waitpid(started.pid, &status, 0) == -1 && errno == EINTR {}
        return started.result(status)
    }

    /// A program started, and the files its output goes to.
    struct Started {
        let pid: pid_t
        let out: String
        let err: String
        let capture: Bool

        /// What it gave, once it ended with `status` (as `waitpid` says it); its output files are removed.
        func result(_ status: Int32) -> Result {
            defer { unlink(out); unlink(err) }
            let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
            return Result(status: exitStatus, stdout: capture ? read(out) : "", stderr: capture ? read(err) : "")
        }
    }

    private static func start(_ arguments: [String], environment: [String: String]?, capture: Bool) throws -> Started {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)

        let out = FileManager.default.temporaryDirectory.appending(path: "legwork-cmd-\(UUID().uuidString).out").path
        let err = out + ".err"
        if capture {
            posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }

        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var argv = arguments.map { strdup($0) } + [nil]
        var envp = env.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }

        // Children start with no signal blocked and default handlers, whatever this test thread has.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &envp)
        guard spawned == 0 else {
            unlink(out); unlink(err)
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL)
        }
        return Started(pid: pid, out: out, err: err, capture: capture)
    }
}
