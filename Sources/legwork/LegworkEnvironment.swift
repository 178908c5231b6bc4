import LegworkKit
import LegworkTUI

/// Builds the screens behind the menu from the store and the catalog, and performs app commands.
struct LegworkEnvironment: AppEnvironment {
    let context: AppContext

    func screen(for destination: Destination) -> Result<any Screen, AppEnvironmentError> {
        if destination == .history { return Result { try HistoryCommand.screen(context) }.mapError { AppEnvironmentError("\($0)") } }
        return .failure(AppEnvironmentError("\(destination) is not available in this version yet"))
    }

    func perform(_ command: AppCommand) throws -> AppMessage? {
        switch command {
        case .injectFault: throw InjectedFault()
        case .saveSession: return nil   // written by the session issue's persistence
        }
    }
}
