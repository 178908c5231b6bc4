import Foundation
import GRDB
import LegworkKit

extension Store {
    /// Every imported card (optionally only those of one `source`), in the order they were first imported.
    /// Throws `.unreadableDocument` when a stored card no longer decodes.
    public func importedCards(source: String? = nil) throws(StoreError) -> [ExerciseCard] {
        let read = try readableImportedCards(source: source)
        if let damaged = read.damaged.first { throw damaged }
        return read.cards
    }

    /// The imported cards that decode, and one error for each stored card that does not (left stored as
    /// it is): one damaged row never hides the others.
    public func readableImportedCards(source: String? = nil) throws(StoreError) -> (cards: [ExerciseCard], damaged: [StoreError]) {
        let rows = try read("read imported cards") { db in
            let sql = "SELECT id, json FROM imported_card" + (source == nil ? "" : " WHERE source = ?") + " ORDER BY rowid"
            return try Row.fetchAll(db, sql: sql, arguments: source.map { [$0] } ?? []).map { ($0[0] as String, $0[1] as String) }
        }
        let decoder = JSONDecoder()
        var cards: [ExerciseCard] = []
        var damaged: [StoreError] = []
        cards.reserveCapacity(rows.count)
        for (id, json) in rows {
            do {
                cards.append(try decoder.decode(ExerciseCard.self, from: Data(json.utf8)))
            } catch {
                damaged.append(.unreadableDocument(key: "imported card \(id)", path: label, detail: Self.describe(error)))
            }
        }
        return (cards, damaged)
    }

    /// Stores imported cards in one transaction, by id: a new id is added, a known one replaced, so
    /// importing the same file again never duplicates a card. Each card is stored with `source`.
    @discardableResult
    public func saveImported(_ cards: [ExerciseCard], source: String) throws(StoreError) -> ImportOutcome {
        var encoded: [(id: String, json: String)] = []
        encoded.reserveCapacity(cards.count)
        for var card in cards {
            card.source = source
            guard !card.id.isEmpty else {
                throw .invalidRecord(what: "an imported card named \"\(card.name)\"", problems: ["its id is empty"])
            }
            encoded.append((card.id, try Self.encode(card, key: DocumentKey("imported card \(card.id)"))))
        }
        return try write("save imported cards") { db in
            var stored = try Dictionary(
                Row.fetchAll(db, sql: "SELECT id, json FROM imported_card").map { ($0[0] as String, $0[1] as String) },
                uniquingKeysWith: { first, _ in first })
            var outcome = ImportOutcome()
            let insert = try db.cachedStatement(sql: """
                INSERT INTO imported_card (id, source, json, imported_at) VALUES (?, ?, ?, \(Self.nowSQL))
                ON CONFLICT (id) DO UPDATE SET source = excluded.source, json = excluded.json,
                                               imported_at = excluded.imported_at
                """)
            for (id, json) in encoded {
                switch stored[id] {
                case json?:
                    outcome.unchanged += 1
                    continue
                case nil: outcome.added += 1
                default: outcome.updated += 1
                }
                try insert.execute(arguments: [id, source, json])
                stored[id] = json
            }
            return outcome
        }
    }

    /// Removes the imported cards with these ids (ids not stored are ignored). Returns how many went.
    @discardableResult
    public func removeImported(ids: [String]) throws(StoreError) -> Int {
        try write("remove imported cards") { db in
            let delete = try db.cachedStatement(sql: "DELETE FROM imported_card WHERE id = ?")
            var removed = 0
            for id in Set(ids) {
                try delete.execute(arguments: [id])
                removed += db.changesCount
            }
            return removed
        }
    }

    /// Removes every imported card of `source`. Returns how many went.
    @discardableResult
    public func removeAllImported(source: String) throws(StoreError) -> Int {
        try write("remove imported cards") { db in
            try db.execute(sql: "DELETE FROM imported_card WHERE source = ?", arguments: [source])
            return db.changesCount
        }
    }
}
