/// What `Store.saveImported` did with each card.
public struct ImportOutcome: Hashable, Sendable, CustomStringConvertible {
    /// Cards whose id was not stored before.
    public var added: Int
    /// Cards already stored under their id, now replaced with different content.
    public var updated: Int
    /// Cards already stored exactly as given (a re-import of the same file).
    public var unchanged: Int

    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.added = added; self.updated = updated; self.unchanged = unchanged
    }

    /// "859 added, 0 updated, 0 unchanged".
    public var description: String { "\(added) added, \(updated) updated, \(unchanged) unchanged" }
}
