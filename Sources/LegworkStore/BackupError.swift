/// Why a backup could not be written or restored, in words that say what to do.
public enum BackupError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is not JSON or does not have the backup's shape.
    case unreadable(source: String, detail: String)
    /// JSON, but not a Legwork backup.
    case notABackup(source: String)
    /// Written by a newer Legwork.
    case newerVersion(source: String, version: Int)
    /// The store already holds data and `replace` was not asked for.
    case storeHasData(path: String, sessions: Int, documents: Int, cards: Int, runs: Int = 0)
    /// Records in the backup the store refuses (negative reps, a set of an unknown session…).
    case invalid(source: String, problem: String)
    case store(StoreError)

    public var description: String {
        switch self {
        case let .unreadable(source, detail):
            "\(source) cannot be read as a Legwork backup: \(detail)"
        case let .notABackup(source):
            "\(source) is not a Legwork backup (its \"format\" is not \"\(Backup.formatName)\")"
        case let .newerVersion(source, version):
            "\(source) is a version \(version) backup from a newer Legwork; this one reads version \(Backup.currentVersion) — update Legwork"
        case let .storeHasData(path, sessions, documents, cards, runs):
            "\(path) already holds \(sessions) sessions, \(documents) documents\(runs > 0 ? ", \(runs) runs" : "") and \(cards) imported cards; "
                + "nothing was changed. Run `legwork export -o before.json` to keep them, then import with --replace"
        case let .invalid(source, problem):
            "\(source) has a record Legwork cannot store: \(problem); nothing was changed"
        case let .store(error):
            error.description
        }
    }
}
