import Foundation
import LegworkKit
import LegworkStore
import Testing

/// The change stamp lets a result computed from the store be reused until the store changes
/// (`AppContext.plan(for:today:)`): it must move on every write, this process's or another's.
@Suite struct StoreChangeStampTests {
    @Test func theStampMovesOnEveryWriteOfThisStore() throws {
        for store in [try Store.inMemory()] {
            let before = try store.changeStamp()
            #expect(try store.changeStamp() == before, "no write, no change")
            try store.saveDocument(1, key: DocumentKey("a"))
            let after = try store.changeStamp()
            #expect(after != before)
            try store.saveDocument(1, key: DocumentKey("a"))
            #expect(try store.changeStamp() != after, "a write of the same value is still a write")
        }
    }

    @Test func theStampMovesWhenAnotherCopyWritesTheFile() throws {
        try withTemporaryDirectory { tmp in
            let file = tmp.appendingPathComponent("legwork.sqlite")
            let mine = try Store.open(at: file), other = try Store.open(at: file)
            let before = try mine.changeStamp()
            #expect(try mine.changeStamp() == before)
            try other.saveDocument(2, key: DocumentKey("b"))
            #expect(try mine.changeStamp() != before)
            let seen = try mine.changeStamp()
            try mine.saveDocument(3, key: DocumentKey("c"))
            #expect(try mine.changeStamp() != seen)
        }
    }
}
