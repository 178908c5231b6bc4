import Foundation
import Testing

/// A disk that fills up during a session on the screens (a real tmpfs of 400 KB, so only as root where
/// mounting is allowed): the runner pauses and shows the reason; once there is room, `r` saves.
@Suite(.serialized) struct FullDiskEndToEndTests {
    static let mountPoint = FileManager.default.temporaryDirectory.appending(path: "legwork-full-\(getpid())").path

    static let canMount: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return false }
        try? FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        let mounted = (try? Command.runNow(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", mountPoint]))?.status == 0
        if mounted { _ = try? Command.runNow(["umount", mountPoint]) }
        return mounted
    }()

    @Test(.enabled(if: canMount, "needs root and tmpfs mounts"))
    func aFullDiskPausesTheSessionWithTheReasonAndRSavesAgain() async throws {
        let mount = try await Command.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", Self.mountPoint])
        #expect(mount.status == 0)
        defer { _ = try? Command.runNow(["umount", "-l", Self.mountPoint]); try? FileManager.default.removeItem(atPath: Self.mountPoint) }
        let data = Self.mountPoint + "/data"
        let profile = try await Command.run([TmuxSession.binary.path, "--data-dir", data, "profile", "set", "experience=regular", "goal=stamina",
                                       "weekly-km=30", "run-days=mon,wed,sat", "long-run-day=sat", "strength-days=2"])
        #expect(profile.status == 0, "\(profile.stderr)")

        let tmux = try TmuxSession(["--data-dir", data, "--speed", "20", "session", "next"])
        defer { tmux.close() }
        await tmux.beginPlannedSession()
        await tmux.waitForTheRunner()
        let filler = Self.mountPoint + "/filler"
        _ = try await Command.run(["dd", "if=/dev/zero", "of=\(filler)", "bs=4k"])
        let failed = await tmux.waitFor(text: "database or disk is full", timeout: 20)
        #expect(failed.contains("Not saved:"))
        #expect(failed.contains("PAUSED"))
        #expect(failed.contains("r saves again"))
        #expect(!failed.contains("Session done"))

        try FileManager.default.removeItem(atPath: filler)
        tmux.type("r")
        await tmux.waitFor("the failure gone") { !$0.contains("Not saved:") && $0.contains("PAUSED") }
        // The banner goes only when the store answered that the session is saved; the row is there.
        let rows = try await Command.run(["/usr/bin/sqlite3", data + "/legwork.sqlite", "SELECT status FROM session"])
        #expect(rows.stdout == "in-progress\n", "\(rows.stderr)")
        tmux.press("C-c")
        await tmux.waitFor(text: "exit=130")
    }

    /// Another program holding the write lock: the screen says "Waiting for the database", the session
    /// goes on meanwhile (its saves run beside the loop), and the note goes once the lock is released.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "needs /usr/bin/sqlite3"))
    func aHeldLockShowsWaitingForTheDatabase() async throws {
        let tmux = try TmuxSession(["--speed", "10", "session", "today"])
        defer { tmux.close() }
        await tmux.beginPlannedSession()
        await tmux.waitForTheRunner()
        let db = tmux.dataDir.appending(path: "legwork.sqlite").path
        // The other program holds the lock until the test releases it (a line into a FIFO), not for a
        // fixed time that a busy machine could outlast before the session even writes.
        let release = tmux.dataDir.appending(path: "release-lock").path
        try #require(mkfifo(release, 0o600) == 0)
        _ = try await Command.run(["/bin/sh", "-c", "(echo 'BEGIN IMMEDIATE; INSERT INTO meta VALUES (1, 2);'; read line < \"$1\"; echo 'ROLLBACK;') | /usr/bin/sqlite3 \"$0\" >/dev/null 2>&1 &",
                             db, release], capture: false)
        let waiting = await tmux.waitFor(text: "Waiting for the database: another program is writing to it")
        #expect(waiting.contains("left"), "the runner's screen, with its countdown")
        // The countdown does not wait for the store: the screen changes while the note stays.
        await tmux.waitFor("the countdown going on while the save waits") { $0 != waiting && $0.contains("Waiting for the database") && $0.contains("left") }
        let writer = open(release, O_WRONLY)
        try #require(writer >= 0)
        _ = write(writer, "\n", 1)
        close(writer)
        await tmux.waitFor("the lock released and the session going on", timeout: 15) { !$0.contains("Waiting for the database") && $0.contains("left") }
        #expect(!tmux.screen().contains("Not saved"))
        tmux.press("C-c")
        await tmux.waitFor(text: "exit=130")
    }
}
