import Foundation
import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// Real output checked against the schemas in docs/schemas: a key the program writes that the schema
/// does not name (or a value of another type) fails here, so the published schemas stay true.
@Suite struct JSONSchemaTests {
    static func schema(_ name: String) throws -> JSONSchemaSubset {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/", !FileManager.default.fileExists(atPath: dir.appending(path: "docs/schemas").path) { dir = dir.deletingLastPathComponent() }
        let data = try Data(contentsOf: dir.appending(path: "docs/schemas/\(name)"))
        return JSONSchemaSubset(root: try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]))
    }

    static func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func theHistoryMatchesItsSchema() throws {
        let context = AppContext(store: try Store.inMemory())
        _ = try LogImport.run(LogImportHeadlessTests.strong, utf8: true, file: "strong.csv", context: context)
        // A set of the plan's own session keeps the job its exercise did.
        let start = WallTime(year: 2026, month: 12, day: 2, hour: 18, minute: 0, utcOffsetSeconds: 0)
        let session = try context.store.beginSession(kind: .strength, title: "Strength A", startedAt: start, plannedSeconds: 1800)
        try context.store.appendSets([SetRecord(sessionID: session.id, exerciseID: "calf_raise", setNumber: 1, reps: 15,
                                                startedAt: start, endedAt: start.adding(seconds: 40), role: .calf)])
        _ = try context.store.importRuns([RunRecord(date: CalendarDate(year: 2026, month: 12, day: 1)!, metres: 8000, seconds: 2700, kind: .easy,
                                                    source: "strava", sourceID: "1", cadence: 172)])
        let history = try Self.json(try HistoryAction.logText(csv: false, store: context.store))
        let schema = try Self.schema("history.schema.json")
        #expect(schema.problems(history) == [])
        // The schema is strict: an unknown key or a wrong type is found.
        var changed = try #require(history as? [String: Any])
        changed["extra"] = 1
        #expect(schema.problems(changed) == ["$: \"extra\" is not in the schema"])
        changed["extra"] = nil
        changed["version"] = "1"
        #expect(schema.problems(changed) == ["$.version: \"1\" is not integer"])
    }

    @Test func everyCardMatchesTheCardsSchema() throws {
        let context = AppContext(store: try Store.inMemory())
        _ = try ImportAction.importFreeExerciseDB(CardsImportHeadlessTests.records, file: "exercises.json", context: context)
        let cards = AppContext(store: context.store).catalog.cards
        #expect(cards.contains { $0.isImported } && cards.contains { !$0.isImported })
        #expect(try Self.schema("cards.schema.json").problems(try Self.json(CatalogJSON.encode(cards))) == [])
    }
}
