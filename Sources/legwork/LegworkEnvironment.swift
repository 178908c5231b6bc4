import LegworkKit
import LegworkTUI

/// Builds the screens behind the menu from the store and the catalog, and performs app commands.
struct LegworkEnvironment: AppEnvironment {
    let context: AppContext

    func screen(for destination: Destination) -> Result<any Screen, AppEnvironmentError> {
        switch destination {
        case .browse:
            do { return .success(try BrowseCommand.screen(context)) } catch { return .failure(AppEnvironmentError("\(error)")) }
        default: return .failure(AppEnvironmentError("\(destination) is not available in this version yet"))
        }
    }

    func perform(_ command: AppCommand) throws -> AppMessage? {
        switch command {
        case .injectFault: throw InjectedFault()
        case .saveSession: return nil   // written by the session issue's persistence
        case let .removeImportedCard(id): return removeImported(id)
        }
    }

    private func removeImported(_ id: String) -> AppMessage {
        do {
            try context.store.removeImported(ids: [id])
            return .importedCardRemoved(id: id)
        } catch {
            return .failed(error.description)
        }
    }
}
