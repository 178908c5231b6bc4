import Foundation
import GRDB
import LegworkKit

/// A routine as stored: its name (its title) and the text of its file.
public struct StoredRoutine: Codable, Hashable, Sendable {
    public var name: String
    /// The routine file, as docs/routine-format.md describes it: read against the catalog when used, so a
    /// routine naming a card that later left the catalog says so instead of vanishing.
    public var text: String
    public init(name: String, text: String) { self.name = name; self.text = text }
}

extension Store {
    /// Every stored routine, by name.
    public func routines() throws(StoreError) -> [StoredRoutine] {
        try read("read the routines") { db in
            try Row.fetchAll(db, sql: "SELECT name, text FROM routine ORDER BY name COLLATE NOCASE").map { StoredRoutine(name: $0[0], text: $0[1]) }
        }
    }

    /// The routine called `name` (any case), or nil.
    public func routine(named name: String) throws(StoreError) -> StoredRoutine? {
        try read("read a routine") { db in
            try Row.fetchOne(db, sql: "SELECT name, text FROM routine WHERE name = ?", arguments: [name]).map { StoredRoutine(name: $0[0], text: $0[1]) }
        }
    }

    /// Stores `routine` in one transaction. `replacing` is the name it had (an edit or a rename): that one
    /// goes. A different routine already called `routine.name` is never overwritten silently: it throws
    /// unless `overwrite` is true.
    public func saveRoutine(_ routine: StoredRoutine, replacing: String? = nil, overwrite: Bool = false) throws(StoreError) {
        let name = routine.name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw .invalidRecord(what: "the routine", problems: ["it has no name"]) }
        let taken = try write("save a routine") { db -> Bool in
            let sameAsBefore = replacing.map { $0.lowercased() == name.lowercased() } ?? false
            if !overwrite, !sameAsBefore, try Bool.fetchOne(db, sql: "SELECT 1 FROM routine WHERE name = ?", arguments: [name]) == true {
                return true
            }
            if let replacing { try db.execute(sql: "DELETE FROM routine WHERE name = ?", arguments: [replacing]) }
            try db.execute(sql: "INSERT OR REPLACE INTO routine (name, text, updated_at) VALUES (?, ?, \(Self.nowSQL))",
                           arguments: [name, routine.text])
            return false
        }
        if taken {
            throw .invalidRecord(what: "the routine \"\(name)\"", problems: ["a routine of that name exists already; choose another name"])
        }
    }

    /// Removes the routine called `name`; false when there was none.
    @discardableResult
    public func removeRoutine(named name: String) throws(StoreError) -> Bool {
        try write("remove a routine") { db in
            try db.execute(sql: "DELETE FROM routine WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }
}
