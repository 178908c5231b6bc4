import Foundation
import LegworkKit
import LegworkStore
import Testing

@Suite("Store: imported cards")
struct StoreImportedCardsTests {
    @Test(.enabled(if: sharedDataSet != nil, "needs ../shared/data/free-exercise-db/exercises.json"))
    func fullDataSetImportsOnceAndSurvivesReopening() throws {
        let result = try FreeExerciseDBImport.decode(try #require(sharedDataSet))
        try withTemporaryDirectory { tmp in
            let file = tmp.appendingPathComponent("legwork.sqlite")
            do {
                let store = try Store.open(at: file)
                let first = try store.saveImported(result.cards, source: FreeExerciseDBImport.source)
                #expect(first == ImportOutcome(added: 859, updated: 0, unchanged: 0))
                let second = try store.saveImported(result.cards, source: FreeExerciseDBImport.source)
                #expect(second == ImportOutcome(added: 0, updated: 0, unchanged: 859))
            }
            let store = try Store.open(at: file)
            let stored = try store.importedCards()
            #expect(stored.count == 859)
            #expect(stored == result.cards, "same cards, same order, nothing lost in JSON")
        }
    }

    @Test func upsertCountsAddedUpdatedUnchanged() throws {
        let store = try Store.inMemory()
        #expect(try store.saveImported([sampleCard("a"), sampleCard("b")], source: "s") == ImportOutcome(added: 2))
        let outcome = try store.saveImported([sampleCard("b", name: "Bee"), sampleCard("a"), sampleCard("c")], source: "s")
        #expect(outcome == ImportOutcome(added: 1, updated: 1, unchanged: 1))
        #expect(outcome.description == "1 added, 1 updated, 1 unchanged")
        // First-import order is kept; the update took effect.
        #expect(try store.importedCards().map(\.name) == ["a", "Bee", "c"])
    }

    @Test func cardsAreStoredWithTheirSource() throws {
        let store = try Store.inMemory()
        try store.saveImported([sampleCard("a", source: "old")], source: "free-exercise-db")
        try store.saveImported([sampleCard("z")], source: "other")
        #expect(try store.importedCards(source: "free-exercise-db").map(\.source) == ["free-exercise-db"])
        #expect(try store.importedCards().map(\.id) == ["a", "z"])
    }

    @Test func removeByIdAndBySource() throws {
        let store = try Store.inMemory()
        try store.saveImported([sampleCard("a"), sampleCard("b"), sampleCard("c")], source: "one")
        try store.saveImported([sampleCard("d"), sampleCard("e")], source: "two")
        #expect(try store.removeImported(ids: ["b", "missing", "b"]) == 1)
        #expect(try store.importedCards().map(\.id) == ["a", "c", "d", "e"])
        #expect(try store.removeAllImported(source: "two") == 2)
        #expect(try store.importedCards().map(\.id) == ["a", "c"])
        #expect(try store.removeAllImported(source: "two") == 0)
        // Removed cards come back as added on the next import.
        #expect(try store.saveImported([sampleCard("b")], source: "one") == ImportOutcome(added: 1))
    }

    @Test func anEmptyIdIsRefused() throws {
        let store = try Store.inMemory()
        #expect(throws: StoreError.invalidRecord(what: "an imported card named \"x\"", problems: ["its id is empty"])) {
            try store.saveImported([sampleCard("ok"), sampleCard("", name: "x")], source: "s")
        }
        #expect(try store.importedCards().isEmpty)
    }
}
