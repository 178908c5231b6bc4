#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Speaks cues through `espeak-ng` when voice is on and the program is installed.
///
/// A cue never cuts the previous one off: cues wait in a queue and one `espeak-ng` runs at a time. The
/// app loop never blocks: `say` only enqueues; a background queue spawns each process and reaps it.
final class Speech: @unchecked Sendable {
    /// The program looked up in PATH.
    static let program = "espeak-ng"
    /// Cues older than this many waiting in the queue are dropped: a late "switch sides" misleads.
    static let maximumWaiting = 3

    private let path: String
    private let queue = DispatchQueue(label: "legwork.speech")
    private let lock = NSLock()
    private var waiting = 0
    private var current: pid_t = 0
    private var stopped = false

    private init(path: String) { self.path = path }

    /// Why there is no voice, and how to get it.
    static let unavailable = "no voice: \(program) is not installed (sudo apt install espeak-ng)"

    /// A speaker when `enabled` and espeak-ng is found; otherwise nil, after `notice` says why once.
    static func start(enabled: Bool, notice: (String) -> Void) -> Speech? {
        guard enabled else { return nil }
        guard let path = find(program) else {
            notice(unavailable)
            return nil
        }
        return Speech(path: path)
    }

    /// Queues `text` to be spoken after the cues before it.
    func say(_ text: String) {
        let accepted: Bool = lock.withLock {
            guard !stopped, waiting < Self.maximumWaiting else { return false }
            waiting += 1
            return true
        }
        guard accepted else { return }
        queue.async { [self] in
            lock.withLock { waiting -= 1 }
            speakNow(text)
        }
    }

    /// Ends the cue being spoken and drops the waiting ones (the program is leaving).
    func stop() {
        lock.withLock {
            stopped = true
            if current > 0 { kill(current, SIGTERM) }
        }
    }

    /// Runs one espeak-ng and waits for it, on the speech queue.
    private func speakNow(_ text: String) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        // "--" so that a cue starting with "-" is text, not an option.
        let words: [String] = [path, "--", text]
        var argv = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started: Bool = lock.withLock {
            guard !stopped else { return false }
            guard posix_spawn(&pid, path, &actions, nil, &argv, environ) == 0 else { return false }
            current = pid
            return true
        }
        guard started else { return }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        lock.withLock { current = 0 }
    }

    /// The executable named `name` in PATH, if any.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
