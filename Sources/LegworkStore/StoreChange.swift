import LegworkKit

/// One change to the store. `Store.apply(_:)` makes several in one transaction, e.g. the sets of the
/// step just finished together with the new session snapshot, so a crash never leaves one without
/// the other.
public enum StoreChange: Sendable {
    /// Saves (or replaces) a JSON document.
    case saveDocument(DocumentKey, any Encodable & Sendable)
    /// Removes a document; nothing happens when it is absent.
    case removeDocument(DocumentKey)
    /// Logs sets; a set already logged (same session, exercise, set number and side) is replaced.
    case appendSets([SetRecord])
    /// Removes logged sets (matched by session, exercise, set number and side): a set the runner
    /// corrected to nothing done. A set not logged is no error.
    case removeSets([SetRecord])
    /// Closes a session with its final status and end time; `notes` replaces the notes when not nil.
    case finishSession(id: Int64, status: SessionRecord.Status, endedAt: WallTime, notes: String?)
}
