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
            let other = try DatabaseQueue(path: file.path)
            let locked = DispatchSemaphore(value: 0)
            let done = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                try? other.inDatabase { db in
                    try db.execute(sql: "BEGIN IMMEDIATE")
                    locked.signal()
                    Thread.sleep(forTimeInterval: 0.3)
                    try db.execute(sql: "ROLLBACK")
                }
                done.signal()
            }
            locked.wait()
            try store.saveDocument(["a": "b"], key: "test")
            done.wait()
            #expect(waits.withLock { $0 } == 1)
            #expect(try store.loadDocument("test", as: [String: String].self) == ["a": "b"])

            // Without another program, nothing is announced.
            try store.saveDocument(["a": "c"], key: "test")
            #expect(waits.withLock { $0 } == 1)
        }
    }
}
