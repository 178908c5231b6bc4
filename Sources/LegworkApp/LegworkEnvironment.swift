import LegworkKit
import LegworkTUI

/// Builds the screens behind the menu from the store and the catalog, and performs app commands.
struct LegworkEnvironment: AppEnvironment {
    let context: AppContext
    /// The clock and the session persistence (set by `Interactive.run`).
    var launch: SessionLaunch?
    var voice = false

    func screen(for destination: Destination) -> Result<any Screen, AppEnvironmentError> {
        switch destination {
        case .todaySession, .stretch:
            return SessionStart.screen(for: destination, context: context, launch: launch, voice: voice)
        case .profile, .plan:
            return planScreen(for: destination)
        case .browse:
            return Result { try BrowseAction.screen(context) }.mapError { AppEnvironmentError("\($0)") }
        case .history:
            return Result { try HistoryAction.screen(context) }.mapError { AppEnvironmentError("\($0)") }
        case .home:
            return .success(FaultInjectingScreen.wrap(HomeScreen()))
        }
    }

    func perform(_ command: AppCommand) throws -> AppMessage? {
        switch command {
        case .injectFault: throw InjectedFault()
        case let .saveSession(engine): return SessionStart.save(engine, launch: launch)
        case let .discardInterruptedSession(kind): return SessionStart.discardInterrupted(kind, launch: launch)
        case let .saveProfile(profile): return saveProfile(profile)
        case let .removeImportedCard(id): return removeImported(id)
        case .loadToday: return .today(SessionStart.todayLines(context: context))
        case .checkVoice: return Speech.find(Speech.program) == nil ? .voiceUnavailable(Speech.unavailable) : nil
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
