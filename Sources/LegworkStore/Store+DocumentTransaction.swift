import Foundation
import GRDB

/// The documents as one write transaction sees them: what is read here cannot change before what is saved
/// here is committed, so a read-modify-write (a profile edit, a first run) never loses another copy's write.
public struct DocumentTransaction {
    let db: Database
    let label: String
    /// The store's decoded documents: the block and the profile a transaction checks are those just read.
    let decoded: DecodedDocuments

    /// The document under `key` decoded as `T`, or nil when there is none.
    public func load<T: Decodable>(_ key: DocumentKey, as type: T.Type = T.self) throws(StoreError) -> T? {
        let json: String?
        do {
            json = try String.fetchOne(db.cachedStatement(sql: "SELECT json FROM document WHERE key = ?"), arguments: [key.rawValue])
        } catch {
            throw StoreError(error, path: label, action: "read \(key)")
        }
        guard let json else { return nil }
        return try decoded.value(key.rawValue, json: json) { json throws(StoreError) -> T in try Store.decode(json, as: T.self, key: key, label: label) }
    }

    /// Whether a document is stored under `key`, without decoding it.
    public func contains(_ key: DocumentKey) throws(StoreError) -> Bool {
        do {
            return try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM document WHERE key = ?"), arguments: [key.rawValue]) ?? false
        } catch {
            throw StoreError(error, path: label, action: "read \(key)")
        }
    }

    /// Saves `value` under `key`, replacing the one before, when the transaction commits.
    public func save<T: Encodable>(_ value: T, key: DocumentKey) throws(StoreError) {
        let json = try Store.encode(value, key: key)
        do {
            try Store.upsertDocument(key, json: json, db)
        } catch {
            throw StoreError(error, path: label, action: "save \(key)")
        }
    }
}

extension Store {
    /// Runs `body` in one write transaction over the documents: it waits for another program's write
    /// (up to `busyTimeout`), and what it saves is stored only when `body` returns. An error thrown by
    /// `body` (a refused value, say) is rethrown as it was and nothing is stored.
    public func updateDocuments<R>(_ body: (DocumentTransaction) throws -> R) throws -> R {
        var thrown: (any Error)?
        do {
            return try writer.write { db in
                do {
                    return try body(DocumentTransaction(db: db, label: label, decoded: decoded))
                } catch {
                    thrown = error
                    throw error
                }
            }
        } catch {
            if let thrown { throw thrown }
            throw StoreError(error, path: label, action: "save changes")
        }
    }
}
