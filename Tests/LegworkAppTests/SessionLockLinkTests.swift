import Foundation
import LegworkStore
import Testing
@testable import LegworkApp

/// The session lock is never taken through a link (issue 23: a link placed in the data folder made
/// Legwork overwrite the file it named with its pid).
@Suite struct SessionLockLinkTests {
    @Test func aLinkInPlaceOfTheLockIsRefusedAndItsFileKept() throws {
        try withDataFolder { folder, database in
            let store = try Store.open(at: database)
            let victim = folder.appending(path: "notes.txt").path
            _ = FileManager.default.createFile(atPath: victim, contents: Data("my notes\n".utf8))
            let lock = try #require(SessionLock.path(for: store))
            try FileManager.default.createSymbolicLink(atPath: lock, withDestinationPath: victim)
            #expect(throws: Failure.self) { try SessionLock.acquire(store) }
            #expect(SessionLock.heldElsewhere(store) == nil)
            #expect(FileManager.default.contents(atPath: victim) == Data("my notes\n".utf8))
        }
    }
}
