import LegworkKit
import LegworkTUI

/// Builds the screens the routes lead to from the store and the catalog, and performs app commands: the
/// one place where what the screens ask for meets the store.
struct LegworkEnvironment: AppEnvironment {
    let context: AppContext
    /// The clock and the session persistence (set by `Interactive.run`).
    var launch: SessionLaunch?
    var voice = false
    /// Benchmarks: leave when a runner's session ends.
    var exitAtEnd = false

    var sessions: SessionStart { SessionStart(context: context, voice: voice, exitAtEnd: exitAtEnd) }

    func screen(for route: any Route, at now: Moment) -> Result<any Screen, AppEnvironmentError> {
        switch route {
        case let destination as Destination:
            return screen(for: destination)
        case let route as SessionRoute:
            return Result { try sessions.screen(for: route, at: now) }.mapError { AppEnvironmentError("\($0)") }
        case let route as RoutineRoute:
            return .success(routineScreen(for: route))
        case let day as PlanDayRoute:
            // Through the same door as "Today's session": the check-in and the safety gate.
            return .success(sessions.strength(.planned(day.session, day.date)))
        default:
            return .failure(AppEnvironmentError("this screen cannot be opened here"))
        }
    }

    func screen(for destination: Destination) -> Result<any Screen, AppEnvironmentError> {
        switch destination {
        case .todaySession, .stretch:
            return sessions.screen(for: destination, launch: launch)
        case .profile, .plan:
            return planScreen(for: destination)
        case .browse:
            return Result { try BrowseAction.screen(context) }.mapError { AppEnvironmentError("\($0)") }
        case .history:
            return Result { try HistoryAction.screen(context) }.mapError { AppEnvironmentError("\($0)") }
        case .strengthCheck:
            return Result { try CheckAction.screen(context, voice: voice) }.mapError { AppEnvironmentError("\($0)") }
        case .logRun:
            return .success(RunLogScreen(today: context.today(), unit: (try? context.distanceUnit()) ?? .km))
        case .routines:
            return .success(RoutinesScreen(entries: routineEntries()))
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
        case let .saveStrengthCheck(check):
            do { try context.saveStrengthCheck(check) } catch { return .failed("\(error)") }
            return nil
        case let .removeImportedCard(id): return removeImported(id)
        case .loadToday: return .today(SessionStart.todayLines(context: context))
        case .checkVoice: return Speech.find(Speech.program) == nil ? .voiceUnavailable(Speech.unavailable) : nil
        case let .saveRun(entry): return saveRun(entry)
        case let .routine(change): return perform(change)
        }
    }

    /// Stores a run from the form; the answer says what was logged and any load warning, in words.
    private func saveRun(_ entry: RunFormEntry) -> AppMessage {
        let run = RunRecord(date: entry.date, metres: entry.metres, seconds: entry.seconds, kind: entry.kind, pain: entry.pain, sourceID: "")
        do {
            let (saved, warnings) = try RunAction.save(run, context: context)
            return .runSaved((["Logged: " + RunAction.describe(saved, today: context.today(), unit: (try? context.distanceUnit()) ?? .km) + "."] + warnings.map { "Careful: " + $0 })
                .joined(separator: " "))
        } catch {
            return .failed("The run was not saved: \(error)")
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
