import Foundation
import LegworkStore
import Testing

/// The write-ahead log is folded back into the database file at the end of a process that changed it,
/// and only then: a read leaves the file as it was.
@Suite("Store: folding the log back")
struct StoreCheckpointTests {
    struct Note: Codable, Equatable, Sendable { var text: String }

    /// The file's last modification, to the nanosecond.
    static func modified(_ file: URL) throws -> timespec {
        var info = stat()
        guard stat(file.path, &info) == 0 else { throw CocoaError(.fileReadNoSuchFile) }
        return info.st_mtim
    }

    @Test func aReadLeavesTheFileAsItWas() throws {
        try withTemporaryDirectory { tmp in
            let file = tmp.appendingPathComponent("legwork.sqlite")
            let first = try Store.open(at: file)
            #expect(first.changedHere, "a new file records its migrations")
            try first.saveDocument(Note(text: "saved"), key: .profile)
            #expect(first.checkpointIfChanged())
            try first.close()

            // A later process: the first to open the file, so SQLite rebuilds its index of the log and
            // takes the frames already folded back for new ones.
            let later = try Store.open(at: file)
            let bytes = try Data(contentsOf: file)
            let before = try Self.modified(file)
            #expect(try later.loadDocument(.profile, as: Note.self) == Note(text: "saved"))
            #expect(!later.changedHere)
            #expect(!later.checkpointIfChanged())
            #expect(try Data(contentsOf: file) == bytes)
            let after = try Self.modified(file)
            #expect(after.tv_sec == before.tv_sec && after.tv_nsec == before.tv_nsec, "the file was written")

            // A write in that process is folded back at its end, and the file then holds it.
            try later.saveDocument(Note(text: "changed"), key: .profile)
            #expect(later.changedHere)
            #expect(later.checkpointIfChanged())
            #expect(try Data(contentsOf: file) != bytes)
            try later.close()
        }
    }

    @Test func anInMemoryStoreHasNothingToFoldBack() throws {
        let store = try Store.inMemory()
        try store.saveDocument(Note(text: "saved"), key: .profile)
        #expect(!store.checkpointIfChanged())
    }
}
