import Foundation
import GRDB

/// Checks made before the store opens a file for writing, so that a file Legwork should not write to
/// is reported and left exactly as it was (not even switched to WAL mode).
enum StoreFileCheck {
    /// Creates the data folder (and missing parents) with mode 0700, or checks the existing one.
    static func prepareDirectory(_ path: String) throws(StoreError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .cannotCreateDirectory(path: path, reason: "a file with that name is in the way")
            }
        } else if let code = makeDirectories(path) {
            throw .cannotCreateDirectory(path: path, reason: String(cString: strerror(code)))
        }
        // SQLite needs to create the -wal and -shm files beside the database.
        guard access(path, W_OK | X_OK) == 0 else { throw .directoryNotWritable(path: path) }
    }

    /// True when `path` holds something SQLite would read (a non-empty file); false when it is absent
    /// or empty (SQLite treats an empty file as a new database).
    /// (`stat` rather than FileManager, whose attribute dictionary looks up owners and dates: memory
    /// and time at every start for one number.)
    /// The database and its -wal and -shm files must be regular files: a link is not followed (SQLite
    /// would write through it into whatever it names).
    static func existingDatabase(at path: String) throws(StoreError) -> Bool {
        for companion in [path + "-wal", path + "-shm"] {
            try DataFolderFile.checkRegularOrAbsent(companion)
            // SQLite writes both: a read-only one is named, not the database beside it.
            if access(companion, F_OK) == 0, access(companion, W_OK) != 0 { throw .fileNotWritable(path: companion) }
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { return false }
        if info.st_mode & S_IFMT == S_IFDIR { throw .damaged(path: path, detail: "it is a folder, not a file") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile(path: path, kind: DataFolderFile.kind(info.st_mode)) }
        guard info.st_size > 0 else { return false }
        guard access(path, R_OK) == 0 else { throw .failed(path: path, action: "read the database", message: "permission denied") }
        guard access(path, W_OK) == 0 else { throw .fileNotWritable(path: path) }
        return true
    }

    /// The 16 bytes every SQLite 3 database starts with.
    static let sqliteMagic = Array("SQLite format 3\0".utf8)

    /// Checks an existing file without writing to it: the SQLite header, then (read-only) the schema,
    /// the application id and the applied migrations. Fast (about 1 ms): it does not read every page.
    /// Returns the read-only connection it looked through, still open: the caller closes it once its own
    /// connections are open. The first connection to a file rebuilds SQLite's shared index of the log
    /// (truncating and growing the -shm file, reading the whole log); while this one stays open, the
    /// store's are not first, and it is done once per start instead of twice.
    /// Returns nil when the read-only look was impossible because a crash left a WAL to recover; the
    /// caller then runs `inspect(_:path:)` on its writing connection before changing anything.
    static func inspect(path: String) throws(StoreError) -> DatabaseQueue? {
        let fd = try DataFolderFile.open(path, flags: O_RDONLY)
        var header = [UInt8](repeating: 0, count: 100)
        let count = read(fd, &header, header.count)
        close(fd)
        guard count == 100, Array(header.prefix(16)) == sqliteMagic else {
            throw .damaged(path: path, detail: "it does not start with an SQLite header")
        }

        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: Store.configuration(readonly: true))
        } catch {
            throw StoreError(error, path: path, action: "open the database")
        }
        do {
            try queue.read { db in try inspect(db, path: path) }
            return queue
        } catch let error as StoreError {
            try? queue.close()
            // A WAL file left by a crash needs recovery, which a read-only connection cannot always do;
            // the writing connection recovers it and is checked instead.
            if case let .fileNotWritable(p) = error, p == path { return nil }
            throw error
        } catch {
            try? queue.close()
            throw StoreError(error, path: path, action: "read the database")
        }
    }

    /// The schema, application id and migration checks, on any connection.
    static func inspect(_ db: Database, path: String) throws(StoreError) {
        let tables: [String]
        let applicationID: Int32
        let userVersion: Int32
        let journal: String
        do {
            tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            userVersion = try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            journal = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
        } catch {
            throw StoreError(error, path: path, action: "read the database")
        }
        // A file another Legwork is creating this very moment may show the migrations table before the
        // first migration's own tables and marks are committed: ours, being created, like an empty one.
        if tables.isEmpty || (tables == ["grdb_migrations"] && applicationID == 0) {
            // Legwork's own first open switches the file to WAL before creating its tables, so a file
            // it left without tables (a first start killed at once) is in WAL mode with no marks. An
            // empty database another program made (another journal mode, its own id or version) is
            // that program's, and is left alone.
            let ours = applicationID == 0 || applicationID == StoreSchema.applicationID
            guard ours, userVersion == 0, journal.lowercased() == "wal" else {
                throw .damaged(path: path, detail: "it is an empty SQLite database of another program")
            }
            return
        }
        guard applicationID == StoreSchema.applicationID, tables.contains("grdb_migrations") else {
            throw .damaged(path: path, detail: "it is an SQLite database of another program")
        }
        // A full `PRAGMA quick_check` reads every page (about 13 ms for ten years of training log), too
        // slow for every start; reading the schema catches a wrong or broken header and schema, and
        // later damage surfaces as `.damaged` from the query that meets it (or from `Store.verify()`).
        do {
            let applied = try StoreSchema.migrator.appliedIdentifiers(db)
            let unknown = applied.subtracting(StoreSchema.knownMigrations).sorted()
            if !unknown.isEmpty { throw StoreError.newerVersion(path: path, unknownChanges: unknown) }
        } catch {
            throw StoreError(error, path: path, action: "read the database")
        }
    }

    /// `mkdir -p` with mode 0700: the errno of the first failure (in the system's words, where
    /// Foundation would say "NSCocoaErrorDomain error 512"), nil on success.
    private static func makeDirectories(_ path: String) -> Int32? {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            if mkdir(prefix, 0o700) != 0, errno != EEXIST { return errno }
            prefix += "/"
        }
        var info = stat()
        guard stat(path, &info) == 0 else { return errno }
        return info.st_mode & S_IFMT == S_IFDIR ? nil : ENOTDIR
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }
}
