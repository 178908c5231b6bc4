import Foundation
import GRDB

/// Legwork's one SQLite file, through GRDB: the profile and the in-progress session (as JSON
/// documents), imported exercise cards, and the training log.
///
/// - WAL journal and a busy timeout: a second `legwork` running at the same time reads and writes
///   safely (writers wait up to `busyTimeout` for each other instead of failing).
/// - Every write is one transaction: it happens completely or not at all.
/// - Opening never replaces a file: a damaged file, another program's database or one written by a
///   newer Legwork is reported with `StoreError` and left as it was.
///
/// Methods are synchronous and safe to call from any thread.
public final class Store: Sendable {
    /// The database file; nil for an in-memory store.
    public let file: URL?
    let writer: any DatabaseWriter
    private let lockWait: LockWaitNotice
    /// Documents already decoded, by the text they came from (`DecodedDocuments`).
    let decoded = DecodedDocuments()

    /// How long a write waits for another process's write to finish before giving up with `.busy`.
    public static let busyTimeout: TimeInterval = 5
    /// How often a waiting write tries again.
    static let busyRetry: TimeInterval = 0.02

    private init(file: URL?, writer: any DatabaseWriter, lockWait: LockWaitNotice = LockWaitNotice()) {
        self.file = file
        self.writer = writer
        self.lockWait = lockWait
    }

    /// Calls `handler` (on the waiting thread) each time a write starts waiting for another program's
    /// lock, so a screen can say "waiting for the database" rather than look frozen; nil stops it.
    public func onLockWait(_ handler: (@Sendable () -> Void)?) { lockWait.set(handler) }

    /// The file's path for messages, or a phrase for an in-memory store.
    var label: String { file?.path ?? "the in-memory store" }

    // MARK: - Opening

    /// Opens the database at `file`, creating its folder (mode 0700) and the file when missing, and
    /// applying this version's migrations. Throws without touching the file when it is damaged, is not
    /// a Legwork database, or was written by a newer Legwork.
    public static func open(at file: URL) throws(StoreError) -> Store {
        try open(at: file, attempting: {})
    }

    /// `open(at:)`, calling `attempting` before each attempt (tests count them).
    static func open(at file: URL, attempting: () -> Void) throws(StoreError) -> Store {
        // Two processes creating the same new file can each wait on the other's first locks until the
        // busy timeout; the one that gives up simply opens again and finds the file ready. A lock held on
        // an existing database was waited for once (`busyTimeout`) and is said then, not waited for again.
        var attemptsLeft = 2
        while true {
            attempting()
            let existed = (try? StoreFileCheck.existingDatabase(at: file.standardizedFileURL.path)) ?? true
            do {
                return try openOnce(at: file)
            } catch {
                guard case .busy = error, !existed, attemptsLeft > 0 else { throw error }
                attemptsLeft -= 1
            }
        }
    }

    private static func openOnce(at file: URL) throws(StoreError) -> Store {
        let file = file.standardizedFileURL
        let path = file.path
        try StoreFileCheck.prepareDirectory(file.deletingLastPathComponent().path)
        var checked = true
        // The connection the check looked through, open until the store's are (`inspect(path:)`).
        var looked: DatabaseQueue?
        if try StoreFileCheck.existingDatabase(at: path) {
            looked = try StoreFileCheck.inspect(path: path)
            checked = looked != nil
        }
        defer { try? looked?.close() }
        let pool: DatabasePool
        let lockWait = LockWaitNotice()
        do {
            pool = try DatabasePool(path: path, configuration: configuration(lockWait: lockWait))
            if !checked { try pool.read { db in try StoreFileCheck.inspect(db, path: path) } }
        } catch {
            throw StoreError(error, path: path, action: "open the database")
        }
        try migrate(pool, label: path)
        return Store(file: file, writer: pool, lockWait: lockWait)
    }

    /// Opens the store of a resolved data folder (`StorePaths.resolve`).
    public static func open(_ paths: StorePaths) throws(StoreError) -> Store {
        try open(at: paths.database)
    }

    /// A fresh, empty store in memory, with the same schema: for tests and previews.
    public static func inMemory() throws(StoreError) -> Store {
        let label = "the in-memory store"
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw StoreError(error, path: label, action: "create the database")
        }
        try migrate(queue, label: label)
        return Store(file: nil, writer: queue)
    }

    /// Closes the database now (it also closes when the store is released). Later calls fail.
    public func close() throws(StoreError) {
        do {
            try writer.close()
        } catch {
            throw StoreError(error, path: label, action: "close the database")
        }
    }

    /// Folds the write-ahead log back into the database file, so that `legwork.sqlite` copied alone (a
    /// sync folder, a backup tool) holds every session. Called after imports and when the program ends.
    /// Passive: it never waits for another copy of Legwork that is writing (that copy folds its own
    /// writes back when it ends). Returns false when some of the log could not be folded back yet.
    @discardableResult
    public func checkpoint() -> Bool {
        guard file != nil else { return true }
        do {
            let result = try writer.writeWithoutTransaction { try $0.checkpoint(.passive) }
            return result.walFrameCount == result.checkpointedFrameCount
        } catch {
            return false
        }
    }

    /// `checkpoint()` when this process changed the database through this store (a row written, a
    /// migration applied), else nothing: a read has nothing of its own to fold back. Checking anyway would
    /// write the file and sync it three times at the end of every read: each process that opens the
    /// database first rebuilds SQLite's index of the log, which then takes the log's frames for new ones
    /// and copies them into the file again, the same bytes. (A log a writer could not fold back whole,
    /// another copy reading at the time, is folded back by the next process that writes.) Returns
    /// whether it folded back.
    @discardableResult
    public func checkpointIfChanged() -> Bool {
        guard file != nil, changedHere else { return false }
        return checkpoint()
    }

    /// True once this process has changed rows of the database through this store (SQLite's count of
    /// rows its writing connection inserted, updated or deleted; a migration records itself in a row).
    public var changedHere: Bool { writer.writeWithoutTransaction { $0.totalChangesCount > 0 } }

    /// Reads every page of the database and checks its structure (`PRAGMA quick_check`): for a backup,
    /// an export or a "check my data" command. Opening only does a fast check of the header and schema.
    /// Throws `.damaged` naming the first problems found; the file is not changed.
    public func verify() throws(StoreError) {
        let problems = try read("check the database") { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        guard problems == ["ok"] else {
            throw .damaged(path: label, detail: problems.prefix(3).joined(separator: "; "))
        }
    }

    static func configuration(readonly: Bool = false, lockWait: LockWaitNotice? = nil) -> Configuration {
        var config = Configuration()
        config.readonly = readonly
        config.foreignKeysEnabled = true
        if let lockWait {
            // The same wait as `.timeout(busyTimeout)`, with a word to the runner when it begins.
            config.busyMode = .callback { tries in
                if tries == 0 { lockWait.notify() }
                guard Double(tries) * busyRetry < busyTimeout else { return false }
                usleep(UInt32(busyRetry * 1_000_000))
                return true
            }
        } else {
            config.busyMode = .timeout(busyTimeout)
        }
        config.label = "legwork"
        // In WAL mode NORMAL keeps the file consistent and survives a killed process (the WAL is in the
        // OS cache); only a power cut may lose the last commit. FULL would fsync after every step saved.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        return config
    }

    /// Applies missing migrations. Two processes opening a new file at once may both try the same
    /// migration (one read the applied list before the other committed it): the loser's failure is
    /// harmless when the winner completed them all, and while the winner is still migrating the loser
    /// starts again from the list as it now stands, waiting on the winner's write lock.
    private static func migrate(_ writer: any DatabaseWriter, label: String) throws(StoreError) {
        for attempt in 1...migrationAttempts {
            do {
                try StoreSchema.migrator.migrate(writer)
                return
            } catch {
                let completed = (try? writer.read { try StoreSchema.migrator.hasCompletedMigrations($0) }) ?? false
                if completed { return }
                if attempt == migrationAttempts { throw StoreError(error, path: label, action: "prepare the database") }
            }
        }
    }

    /// Rounds of migrating against another process migrating the same new file: one for each migration
    /// it may be part-way through, and one more.
    static var migrationAttempts: Int { StoreSchema.migrationCount + 1 }

    // MARK: - Transactions

    /// Runs `body` in one write transaction, mapping every failure to a `StoreError`.
    func write<T>(_ action: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StoreError(error, path: label, action: action)
        }
    }

    /// A value that changes whenever the database does — a write of this process or a commit of another
    /// one — so a result computed from the store can be reused until it changes.
    public func changeStamp() throws(StoreError) -> ChangeStamp {
        try read("read the change stamp") { db in
            ChangeStamp(connection: ObjectIdentifier(db),
                        version: try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0,
                        changes: db.totalChangesCount)
        }
    }

    /// What `changeStamp()` read. SQLite counts both figures per connection, and a file's reads may be
    /// served by any of its reader connections: two stamps compare equal only when read on the same one.
    public struct ChangeStamp: Equatable, Sendable {
        let connection: ObjectIdentifier
        /// Commits of other connections seen (`PRAGMA data_version`).
        let version: Int64
        /// Rows this connection changed.
        let changes: Int
    }

    /// Runs `body` in one read transaction (a consistent snapshot).
    func read<T>(_ action: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            // The in-memory store is one connection behind a serial queue, so no write can come between
            // the statements of `body` anyway. GRDB's `read` would make it read-only for the while with
            // `PRAGMA query_only`, and SQLite expires every prepared statement when that flag changes:
            // each cached query was compiled again at its next use (a third of a simulated runner's time).
            // The file's readers are opened read-only, so they never pay for it.
            if file == nil { return try writer.unsafeRead(body) }
            return try writer.read(body)
        } catch {
            throw StoreError(error, path: label, action: action)
        }
    }
}

/// The handler `Store.onLockWait` sets, shared with the connection's busy callback.
final class LockWaitNotice: @unchecked Sendable {
    private let lock = NSLock()
    private var handler: (@Sendable () -> Void)?

    func set(_ handler: (@Sendable () -> Void)?) { lock.withLock { self.handler = handler } }
    func notify() { lock.withLock { handler }?() }
}

extension StoreError {
    /// Maps any error from GRDB or the store's own code into a `StoreError` that names the file.
    init(_ error: any Error, path: String, action: String) {
        if let error = error as? StoreError {
            self = error
            return
        }
        guard let dbError = error as? DatabaseError else {
            self = .failed(path: path, action: action, message: "\(error)")
            return
        }
        switch dbError.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            self = .damaged(path: path, detail: dbError.message ?? "\(dbError.resultCode)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self = .busy(path: path)
        case .SQLITE_READONLY:
            self = .fileNotWritable(path: path)
        default:
            self = .failed(path: path, action: action, message: dbError.message ?? "\(dbError.resultCode)")
        }
    }
}
