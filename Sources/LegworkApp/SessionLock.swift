import Foundation
import LegworkStore

/// One live session per store: the copy of Legwork that runs a session holds an exclusive lock on
/// `legwork.session.lock` beside the database until it ends. The kernel releases the lock on every
/// way out, a crash or `kill -9` included, so a lock is never stale. A second copy sees the lock, says
/// so, and neither resumes, abandons nor overwrites the running session.
enum SessionLock {
    /// The lock files this process holds, by path, with their descriptors.
    private static let held = Locked<[String: Int32]>([:])

    /// The lock file of `store` (nil for an in-memory store, which no other process can reach).
    static func path(for store: Store) -> String? {
        store.file.map { $0.deletingLastPathComponent().appending(path: "legwork.session.lock").path }
    }

    /// Takes the lock for this process (kept until it ends); does nothing when already held here.
    /// - Throws: `Failure` naming the other process when another copy holds it.
    static func acquire(_ store: Store) throws {
        guard let path = path(for: store) else { return }
        try held.withLock { held in
            if held[path] != nil { return }
            // Never through a link: a link placed here would have the pid written into the file it names.
            let fd: Int32
            do { fd = try DataFolderFile.open(path, flags: O_RDWR | O_CREAT) } catch { throw Failure("\(error)") }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                let owner = Self.owner(fd)
                close(fd)
                throw Failure(busyMessage(owner))
            }
            // The owner's process id, for the other copy's message.
            let pid = "\(getpid())\n"
            _ = ftruncate(fd, 0)
            _ = pwrite(fd, pid, pid.utf8.count, 0)
            held[path] = fd
        }
    }

    /// The message when another copy holds the lock, or nil when none does (checked without keeping
    /// the lock: browsing or planning never blocks a session started elsewhere).
    static func heldElsewhere(_ store: Store) -> String? {
        guard let path = path(for: store) else { return nil }
        return held.withLock { held in
            if held[path] != nil { return nil }
            guard let fd = try? DataFolderFile.open(path, flags: O_RDWR | O_CREAT) else { return nil }
            defer { close(fd) }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                flock(fd, LOCK_UN)
                return nil
            }
            return busyMessage(owner(fd))
        }
    }

    private static func owner(_ fd: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func busyMessage(_ owner: String?) -> String {
        "another Legwork\(owner.map { " (process \($0))" } ?? "") is running a session on this data; "
            + "finish or quit it there first (nothing was changed here)"
    }
}
