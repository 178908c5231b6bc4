import Foundation
import GRDB
import Synchronization
import Testing
@testable import LegworkStore

/// A write that waits for another program's lock says so at once (`onLockWait`), then goes through
/// when the lock is released, as before.
@Suite struct StoreLockWaitTests {
    @Test func aWriteWaitingForAnotherProgramsLockIsAnnounced() throws {
        try withTemporaryDirectory { tmp in
            let file = tmp.appendingPathComponent("legwork.sqlite")
            let store = try Store.open(at: file)
            let waits = Mutex(0)
            store.onLockWait { waits.withLock { $0 += 1 } }

            // Another program takes the write lock and keeps it for 300 ms.
            let done = try Self.anotherProgram(on: file, running: "BEGIN IMMEDIATE") { Thread.sleep(forTimeInterval: 0.3) }
            try store.saveDocument(["a": "b"], key: "test")
            done.wait()
            #expect(waits.withLock { $0 } == 1)
            #expect(try store.loadDocument("test", as: [String: String].self) == ["a": "b"])

            // Without another program, nothing is announced.
            try store.saveDocument(["a": "c"], key: "test")
            #expect(waits.withLock { $0 } == 1)
        }
    }

    /// A database another program holds in exclusive mode is waited for once (`busyTimeout`), then said
    /// (issue 23: three attempts made the wait 15 s instead of 5).
    @Test func anExclusiveLockOnAnExistingDatabaseIsWaitedForOnce() throws {
        try withTemporaryDirectory { tmp in
            let file = tmp.appendingPathComponent("legwork.sqlite")
            try Store.open(at: file).close()
            let release = DispatchSemaphore(value: 0)
            let done = try Self.anotherProgram(on: file, running: "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM document") {
                release.wait()
            }
            let attempts = Mutex(0)
            #expect(throws: StoreError.busy(path: file.path)) {
                try Store.open(at: file, attempting: { attempts.withLock { $0 += 1 } })
            }
            release.signal()
            done.wait()
            #expect(attempts.withLock { $0 } == 1)
        }
    }

    /// Another program on `file` runs `sql` (which takes a lock), then `hold` on its own thread, then rolls
    /// back. Returns once the lock is taken, with a semaphore signalled when it is released.
    static func anotherProgram(on file: URL, running sql: String, hold: @escaping @Sendable () -> Void) throws -> DispatchSemaphore {
        let other = try DatabaseQueue(path: file.path)
        let locked = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? other.inDatabase { db in
                try db.execute(sql: sql)
                locked.signal()
                hold()
                try db.execute(sql: "ROLLBACK")
            }
            done.signal()
        }
        locked.wait()
        return done
    }
}
