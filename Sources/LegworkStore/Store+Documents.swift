import Foundation
import GRDB
import LegworkKit

extension Store {
    /// The document saved under `key` decoded as `T`, or nil when there is none.
    /// Throws `.unreadableDocument` (and leaves it stored) when it does not decode as `T`.
    public func loadDocument<T: Decodable>(_ key: DocumentKey, as type: T.Type = T.self) throws(StoreError) -> T? {
        let json = try read("read \(key)") { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT json FROM document WHERE key = ?"), arguments: [key.rawValue])
        }
        guard let json else { return nil }
        return try decoded.value(key.rawValue, json: json) { json throws(StoreError) -> T in try Self.decode(json, as: T.self, key: key, label: label) }
    }

    /// The stored JSON of `key` decoded as `T`; `.unreadableDocument` when it does not decode.
    static func decode<T: Decodable>(_ json: String, as type: T.Type, key: DocumentKey, label: String) throws(StoreError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(json.utf8))
        } catch {
            throw .unreadableDocument(key: key.rawValue, path: label, detail: describe(error))
        }
    }

    /// Writes `json` under `key` in the transaction of `db`, replacing the document before.
    static func upsertDocument(_ key: DocumentKey, json: String, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO document (key, json, updated_at) VALUES (?, ?, \(nowSQL))
            ON CONFLICT (key) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at
            """).execute(arguments: [key.rawValue, json])
    }

    /// Saves `value` as JSON under `key`, replacing any previous document, in one transaction.
    public func saveDocument<T: Encodable & Sendable>(_ value: T, key: DocumentKey) throws(StoreError) {
        try apply([.saveDocument(key, value)])
    }

    /// Removes the document under `key`. Returns whether there was one.
    @discardableResult
    public func removeDocument(key: DocumentKey) throws(StoreError) -> Bool {
        try write("remove \(key)") { db in
            try db.execute(sql: "DELETE FROM document WHERE key = ?", arguments: [key.rawValue])
            return db.changesCount > 0
        }
    }

    /// Keys of every stored document, sorted (for backups).
    public func documentKeys() throws(StoreError) -> [DocumentKey] {
        try read("list documents") { db in
            try String.fetchAll(db, sql: "SELECT key FROM document ORDER BY key").map { DocumentKey($0) }
        }
    }

    /// Makes all `changes` in one transaction: either all of them are stored or none.
    public func apply(_ changes: [StoreChange]) throws(StoreError) {
        // Encoding and validation happen before the transaction, so a bad value changes nothing and
        // the write lock is held only for the writes themselves.
        var prepared: [PreparedChange] = []
        for change in changes {
            switch change {
            case let .saveDocument(key, value):
                prepared.append(.saveDocument(key, try Self.encode(value, key: key)))
            case let .removeDocument(key):
                prepared.append(.removeDocument(key))
            case let .appendSets(sets):
                try Self.validate(sets)
                prepared.append(.appendSets(sets))
            case let .removeSets(sets):
                prepared.append(.removeSets(sets))
            case let .finishSession(id, status, endedAt, notes):
                guard status != .inProgress else {
                    throw .invalidRecord(what: "session \(id)", problems: ["it cannot finish as in-progress"])
                }
                prepared.append(.finishSession(id: id, status: status, endedAt: endedAt, notes: notes))
            }
        }
        try write("save changes") { db in
            for change in prepared {
                switch change {
                case let .saveDocument(key, json):
                    try Self.upsertDocument(key, json: json, db)
                case let .removeDocument(key):
                    try db.execute(sql: "DELETE FROM document WHERE key = ?", arguments: [key.rawValue])
                case let .appendSets(sets):
                    try Self.insert(sets, db)
                case let .removeSets(sets):
                    try Self.delete(sets, db)
                case let .finishSession(id, status, endedAt, notes):
                    try Self.finish(id: id, status: status, endedAt: endedAt, notes: notes, db)
                }
            }
        }
    }

    /// `apply`'s changes after encoding: plain data only.
    enum PreparedChange {
        case saveDocument(DocumentKey, String)
        case removeDocument(DocumentKey)
        case appendSets([SetRecord])
        case removeSets([SetRecord])
        case finishSession(id: Int64, status: SessionRecord.Status, endedAt: WallTime, notes: String?)
    }

    /// The current Unix time, read by SQLite, for bookkeeping columns (`updated_at`, `imported_at`).
    static let nowSQL = "CAST(strftime('%s', 'now') AS INTEGER)"

    /// Sorted keys: the same value always gives the same text, so unchanged data is detectable.
    static func encode(_ value: any Encodable, key: DocumentKey) throws(StoreError) -> String {
        do {
            return try JSONText.encode(value, pretty: false)
        } catch {
            throw .unencodableDocument(key: key.rawValue, detail: describe(error))
        }
    }

    /// A decoding error in words, with the path of the field at fault.
    public static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context) -> String {
            let text = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "top level" : String(text.drop { $0 == "." })
        }
        switch error {
        case let .keyNotFound(key, context):
            let parent = path(context)
            return "missing field \(parent == "top level" ? "" : parent + ".")\(key.stringValue)"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
