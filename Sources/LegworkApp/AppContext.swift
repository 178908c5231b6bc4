import Foundation
import LegworkKit
import LegworkStore

/// What commands share: the store (opened or created once) and the catalog (bundled cards plus the
/// runner's imported ones). Opening failures become messages that name the file and what to do.
package struct AppContext {
    package let settings: AppSettings
    package let store: Store
    private let catalogCache: CatalogCache
    /// The last plan read, reused while the store, the profile and today are the same (`plan(for:today:)`).
    let planMemo = LastAnswer<PlanRead, Plan>()
    /// The last plan generated, reused by a read whose generation inputs an event left as they were.
    let lastGenerated = LastGeneratedPlan()

    package static func open(_ settings: AppSettings) throws -> AppContext {
        let store: Store
        do {
            store = try Store.open(StorePaths.resolve(dataDir: settings.dataDir))
        } catch {
            throw Failure(error.description)
        }
        OpenStores.keep(store)
        return AppContext(settings: settings, store: store)
    }

    /// The context of a command that only prints what is stored (a list, a card, the plan, the history, an
    /// export; never a screen, which may start a session): without `--data-dir` and before anything was
    /// stored, an empty store in memory, so no folder and no database appear under `~` for a command that
    /// stores nothing. A folder named by `--data-dir` is the runner's choice: it is made (or its problem
    /// said) as by every command.
    package static func openForReading(_ settings: AppSettings) throws -> AppContext {
        guard settings.dataDir == nil else { return try open(settings) }
        let paths: StorePaths
        do { paths = try StorePaths.resolve(dataDir: nil) } catch { throw Failure(error.description) }
        var info = stat()
        guard lstat(paths.database.path, &info) != 0 else { return try open(settings) }
        do {
            return AppContext(settings: settings, store: try Store.inMemory())
        } catch {
            throw Failure(error.description)
        }
    }

    /// A context on a store already open (tests use an in-memory one).
    package init(settings: AppSettings = AppSettings(), store: Store) {
        self.settings = settings
        self.store = store
        catalogCache = CatalogCache(store: store)
    }

    /// The catalog, read on first use: the home screen and the intake form never need it, and reading
    /// and checking 45 cards is the largest part of start-up.
    package var catalog: Catalog { catalogCache.catalog }

    /// Starts reading the built-in catalog on another core, for a command that will need it, while it
    /// opens the store and reads the profile: the catalog was a sixth of `legwork plan`'s time. The cards'
    /// written substitutes are read there too, for the plan.
    /// Once however often it is asked (the program's start asks for `plan`, and the command again).
    package static func readCatalogAhead() { _ = catalogReadAhead }

    private static let catalogReadAhead: Void = DispatchQueue.global(qos: .userInitiated).async {
        (try? Catalog.bundled())?.readSubstitutesAhead()
    }

    /// Reads the catalog now, turning a problem into a message (commands that list cards call this first):
    /// a built-in catalog that cannot be read ends the command; imported cards left out are said on
    /// standard error, and the command goes on with the others.
    package func checkCatalog() throws {
        guard let problem = catalogCache.problem else { return }
        if catalog.cards.isEmpty { throw Failure(problem) }
        Output.error("legwork: \(problem)")
    }

    /// The runner's profile, or nil before the intake was filled in.
    package func profile() throws -> Profile? {
        do {
            return try store.loadDocument(.profile, as: Profile.self)
        } catch {
            throw Failure(error.description)
        }
    }

    /// Whether a profile is stored, without decoding it (the first screen only needs to know).
    package func hasProfile() throws -> Bool {
        do {
            return try store.documentKeys().contains(.profile)
        } catch {
            throw Failure(error.description)
        }
    }

    /// Today, as the settings give it (the real date at the program's edge, a chosen one in tests).
    package func today() -> CalendarDate { settings.today() }

    /// The level doses are shown for: the profile's, or beginner when there is no profile yet.
    package func level() -> Level {
        ((try? profile()) ?? nil)?.experience.level ?? .beginner
    }
}

// The store is a thread-safe class and the catalog cache locks: the context may cross into the app loop.
extension AppContext: @unchecked Sendable {}

/// Loads the catalog once. The bundled cards are checked by the test suite, so only the runner's
/// imported cards can fail; then the bundled catalog is used and the problem is kept for `problem`.
private final class CatalogCache: @unchecked Sendable {
    private let store: Store
    private let lock = NSLock()
    private var loaded: (catalog: Catalog, problem: String?)?

    init(store: Store) { self.store = store }

    var catalog: Catalog { load().catalog }
    var problem: String? { load().problem }

    private func load() -> (catalog: Catalog, problem: String?) {
        lock.withLock {
            if let loaded { return loaded }
            let result = Self.read(store)
            loaded = result
            return result
        }
    }

    private static func read(_ store: Store) -> (Catalog, String?) {
        let bundled: Catalog
        do {
            bundled = try Catalog.bundled()
        } catch {
            return (.empty, "the built-in exercise catalog has problems:\n\(error)")
        }
        // A card that no longer decodes or that the catalog refuses is left out on its own, said once;
        // the others stay (one damaged card used to hide every imported card).
        do {
            let (stored, damaged) = try store.readableImportedCards()
            let checked = ImportedCardCheck.check(stored)
            let catalog = try bundled.adding(checked.cards)
            let leftOut = damaged.map(\.description) + checked.problems
            return (catalog, leftOut.isEmpty ? nil : "\(leftOut.count) imported exercise\(leftOut.count == 1 ? "" : "s") left out:\n"
                + leftOut.joined(separator: "\n"))
        } catch {
            return (bundled, "imported exercises could not be read, so only the built-in ones are shown:\n\(error)")
        }
    }
}

/// Stores stay open until the process ends, and then the write-ahead log of each one this process
/// changed is folded back into the database file (`Store.checkpointIfChanged`) on every way out that
/// runs exit handlers (a normal end, an error, a failed write, a signal the screens turn into an exit):
/// `legwork.sqlite` copied alone then holds every session, and a read leaves the file as it was. The
/// connections are not closed (closing adds little: the log is already folded back).
enum OpenStores {
    private static let stores = Locked<[Store]>([])
    /// Registered once, on the first store kept (a static constant is initialised exactly once).
    private static let foldBackAtExit: Void = { atexit { OpenStores.checkpointAll() } }()

    static func keep(_ store: Store) {
        stores.withLock { $0.append(store) }
        _ = foldBackAtExit
    }

    /// Returns how many stores were folded back.
    @discardableResult
    static func checkpointAll() -> Int {
        stores.withLock({ $0 }).filter { $0.checkpointIfChanged() }.count
    }
}

/// What a plan read is a pure function of: the store (its change stamp, which sees writes of other
/// processes too), the profile as the plan reads it, and today. A second read of the same (Home's lines,
/// then the door it opens) gives back the plan of the first (`AppContext.planMemo`).
struct PlanRead: Equatable {
    let profile: Profile
    let today: CalendarDate
    let stamp: Store.ChangeStamp
}
