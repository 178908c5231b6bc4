import LegworkKit
import LegworkTUI

/// Builds the screens behind the menu from the store and the catalog, and performs app commands.
struct LegworkEnvironment: AppEnvironment {
    let context: AppContext

    func screen(for destination: Destination) -> Result<any Screen, AppEnvironmentError> {
        switch destination {
        case .profile, .plan: return planScreen(for: destination)
        case .todaySession:
            return plannedSessionScreen().map { .success($0) } ?? .failure(AppEnvironmentError("no session planned for today: see My plan"))
        default: return .failure(AppEnvironmentError("\(destination) is not available in this version yet"))
        }
    }

    func perform(_ command: AppCommand) throws -> AppMessage? {
        switch command {
        case .injectFault: throw InjectedFault()
        case .saveSession: return nil   // written by the session issue's persistence
        case let .saveProfile(profile): return saveProfile(profile)
        }
    }
}
