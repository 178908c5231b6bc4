import Foundation
import LegworkKit
import LegworkStore

/// What commands share: the store (opened or created once) and the catalog (bundled cards plus the
/// runner's imported ones). Opening failures become messages that name the file and what to do.
struct AppContext {
    let global: GlobalOptions
    let store: Store
    let catalog: Catalog

    static func open(_ global: GlobalOptions) throws -> AppContext {
        let store: Store
        do {
            store = try Store.open(StorePaths.resolve(dataDir: global.dataDir))
        } catch {
            throw Failure(error.description)
        }
        let catalog: Catalog
        do {
            catalog = try Catalog.bundled().adding(store.importedCards())
        } catch let error as CatalogErrors {
            throw Failure("the exercise catalog has problems:\n\(error)")
        } catch {
            throw Failure("\(error)")
        }
        return AppContext(global: global, store: store, catalog: catalog)
    }

    /// The runner's profile, or nil before the intake was filled in.
    func profile() throws -> Profile? {
        do {
            return try store.loadDocument(.profile, as: Profile.self)
        } catch {
            throw Failure(error.description)
        }
    }

    /// The level doses are shown for: the profile's, or beginner when there is no profile yet.
    func level() -> Level {
        ((try? profile()) ?? nil)?.experience.level ?? .beginner
    }
}

// The store is a thread-safe class and the catalog a value: the context may cross into the app loop.
extension AppContext: @unchecked Sendable {}
