import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// One imported card the catalog refuses is left out on its own (issue 23: it hid all 853 others).
@Suite struct ImportedCatalogTests {
    @Test func aRefusedImportedCardLeavesTheOthersInTheCatalog() throws {
        let records = ["Good_Squat", "Good_Lunge"].map {
            #"{"id": "\#($0)", "name": "\#($0)", "level": "beginner", "category": "strength", "instructions": ["Do it."]}"#
        }
        let good = try FreeExerciseDBImport.decode("[" + records.joined(separator: ",") + "]").cards
        try #require(good.count == 2)
        var shadow = good[0]
        shadow.id = "glute_bridge"  // a built-in card's id: the catalog refuses it
        let app = try TestApp()
        try app.context.store.saveImported(good + [shadow], source: "test")
        for card in good { #expect(app.context.catalog.card(id: card.id) != nil, "\(card.id) stays") }
        #expect(app.context.catalog.card(id: "glute_bridge")?.isImported == false, "the built-in card keeps its id")
        #expect(try app.context.store.importedCards().count == 3, "the refused card stays stored as it was")
    }
}
