/// Everything that can go wrong with the store. Each message names the file or folder and says what
/// to do; none of these errors leaves a partial write behind (every write is one transaction) and the
/// store never replaces a file it cannot read.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `HOME` is unset or relative, so the default folder is unknown.
    case noHomeDirectory
    /// `--data-dir ""`.
    case emptyDataDir
    /// The data folder is missing and could not be created.
    case cannotCreateDirectory(path: String, reason: String)
    /// The data folder exists but this user may not create files in it.
    case directoryNotWritable(path: String)
    /// The database file exists but is read-only for this user.
    case fileNotWritable(path: String)
    /// Not an SQLite file, a damaged one, or another program's database. Left untouched.
    case damaged(path: String, detail: String)
    /// Changed by a newer Legwork: it holds schema changes this version does not know. Left untouched.
    case newerVersion(path: String, unknownChanges: [String])
    /// Another program (perhaps another `legwork`) kept the file locked longer than the busy timeout.
    case busy(path: String)
    /// Any other database failure (disk full, I/O error); the transaction was rolled back.
    case failed(path: String, action: String, message: String)
    /// A stored document does not decode as the type asked for. Left untouched.
    case unreadableDocument(key: String, path: String, detail: String)
    /// A value cannot be encoded to JSON (a bug in the caller's type, e.g. a NaN).
    case unencodableDocument(key: String, detail: String)
    /// `appendSets` or `finishSession` named a session that does not exist.
    case unknownSession(id: Int64)
    /// A record with impossible values; nothing was saved.
    case invalidRecord(what: String, problems: [String])
    /// A file in the data folder is a link, a folder, a device or a pipe where Legwork keeps a regular file.
    case notARegularFile(path: String, kind: String)

    public var description: String {
        switch self {
        case .noHomeDirectory:
            "HOME is not set to an absolute path, so the default data folder is unknown; "
                + "set HOME or XDG_DATA_HOME, or pass --data-dir DIR"
        case .emptyDataDir:
            "--data-dir needs a folder path, e.g. --data-dir ~/legwork-data"
        case let .cannotCreateDirectory(path, reason):
            "cannot create the data folder \(path) (\(reason)); create it yourself or pass --data-dir DIR"
        case let .directoryNotWritable(path):
            "cannot write in the data folder \(path); check its permissions or pass --data-dir DIR"
        case let .fileNotWritable(path):
            "\(path) is read-only for you; check its permissions or pass --data-dir DIR"
        case let .damaged(path, detail):
            "\(path) is damaged or not a Legwork database (\(detail)); it was left untouched; "
                + "move it aside or restore a backup"
        case let .newerVersion(path, changes):
            "\(path) was written by a newer version of Legwork (unknown changes: \(changes.joined(separator: ", "))); "
                + "it was left untouched; update Legwork to open it, or pass --data-dir DIR to use another folder"
        case let .busy(path):
            "\(path) is locked by another program (perhaps another legwork) for too long; "
                + "close it and try again; nothing was changed"
        case let .failed(path, action, message):
            "could not \(action) in \(path): \(message); nothing was changed"
        case let .unreadableDocument(key, path, detail):
            "the stored \(key) in \(path) cannot be read (\(detail)); it was left untouched; "
                + "save it again to replace it, or restore a backup"
        case let .unencodableDocument(key, detail):
            "cannot save \(key): its value cannot be written as JSON (\(detail)); nothing was changed"
        case let .unknownSession(id):
            "no session \(id) in the training log; begin a session before logging sets or finishing it"
        case let .invalidRecord(what, problems):
            "\(what) cannot be saved: \(problems.joined(separator: "; ")); nothing was changed"
        case let .notARegularFile(path, kind):
            "\(path) is \(kind), not a regular file; Legwork opens only its own files in its data folder and left it "
                + "untouched; remove it, or pass --data-dir DIR to use another folder"
        }
    }
}
