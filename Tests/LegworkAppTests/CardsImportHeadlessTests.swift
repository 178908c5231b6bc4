import Foundation
import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// A set of cards printed by `legwork exercises --json` imports into another runner's store unchanged:
/// a physical therapist can hand cards over.
@Suite struct CardsImportHeadlessTests {
    /// Two free-exercise-db records (made for this test): one needs a barbell, Legwork lists none.
    static let records = """
        [{"id": "Barbell_Lunge", "name": "Barbell Lunge", "force": "push", "level": "intermediate", "mechanic": "compound",
          "equipment": "barbell", "primaryMuscles": ["quadriceps"], "secondaryMuscles": ["glutes", "hamstrings", "calves"],
          "instructions": ["Set the bar on your back.", "Step forward.", "Lower the back knee.", "Push back up."], "category": "strength", "images": []},
         {"id": "Dumbbell_Lunges", "name": "Dumbbell Lunges", "force": "push", "level": "beginner", "mechanic": "compound",
          "equipment": "dumbbell", "primaryMuscles": ["quadriceps"], "secondaryMuscles": ["glutes", "forearms"],
          "instructions": ["Hold the dumbbells.", "Step forward and lower.", "Step back."], "category": "strength", "images": []}]
        """

    @Test func exportedCardsImportBackTheSame() throws {
        let therapist = AppContext(store: try Store.inMemory())
        _ = try ImportAction.importFreeExerciseDB(Self.records, file: "exercises.json", context: therapist)
        // A new context reads the catalog again, as the next command would.
        let handed = AppContext(store: therapist.store).catalog.cards.filter { $0.name.lowercased().contains("lunge") }
        let file = CatalogJSON.encode(handed)
        #expect(CardFile.recognises(file))

        let runner = AppContext(store: try Store.inMemory())
        let report = try CardsImport.run(file, file: "cards.json", context: runner)
        let own = handed.filter { !$0.isImported }.count
        #expect(report.hasPrefix("cards.json: \(handed.count) cards; stored: \(handed.count - own) added, 0 updated, 0 unchanged"))
        #expect(report.contains("\(own) already part of Legwork's catalog"))
        let arrived = AppContext(store: runner.store).catalog.cards.filter { $0.name.lowercased().contains("lunge") }
        #expect(handed.count >= 3 && handed.contains { !$0.isImported } && arrived.first { $0.id == "fedb:barbell_lunge" }?.unlistedEquipment == ["barbell"])
        #expect(CatalogJSON.encode(arrived) == file, "the cards arrive as they left, barbell needs and all")
        let again = try CardsImport.run(file, file: "cards.json", context: runner)
        #expect(again.contains("0 added, 0 updated, \(handed.count - own) unchanged"))
    }

    @Test func aBrokenCardNamesItsField() throws {
        let runner = AppContext(store: try Store.inMemory())
        let text = #"{"format": 1, "cards": [{"id": "pt_bridge", "name": "Bridge"}]}"#
        #expect(CardFile.recognises(text))
        #expect(throws: Failure.self) { try CardsImport.run(text, file: "cards.json", context: runner) }
        do { _ = try CardsImport.run(text, file: "cards.json", context: runner) } catch let failure as Failure {
            #expect(failure.description.contains(#"card "pt_bridge": field "kind": missing"#))
        }
        #expect(!CardFile.recognises(#"{"format": "legwork-backup", "version": 2, "documents": {}, "cards": []}"#))
        #expect(!CardFile.recognises("[]"))
    }
}
