import LegworkKit
import LegworkStore
import LegworkTUI

/// "My routines" on the screens: the list, the builder, a routine run through the strength door, and the
/// store changes the list and the builder ask for.
extension LegworkEnvironment {
    /// Each stored routine with its length and author, or why it cannot be read.
    func routineEntries() -> [RoutineEntry] {
        let stored = (try? context.store.routines()) ?? []
        return stored.map { RoutineEntry(name: $0.name, detail: RoutineAction.detail($0, context: context)) }
    }

    func routineScreen(for route: RoutineRoute) -> any Screen {
        do {
            switch route {
            case let .run(name):
                guard let (_, routine) = try context.routine(named: name) else { throw Failure("no routine called \"\(name)\"") }
                // The same door as "Today's session": the check-in, the gate, the runner.
                return sessions.strength(.routine(routine))
            case let .build(name):
                let profile = (try? context.profile()) ?? nil
                let found = try name.flatMap { try context.routine(named: $0) }
                return RoutineBuilderScreen(catalog: context.catalog, level: context.level(), myEquipment: profile?.equipment,
                                            editing: found?.routine, name: found?.name)
            }
        } catch {
            return ChoiceScreen(title: "My routines", alert: "\(error)", lines: [], prompt: "Esc = back", accept: [.pop], acceptLabel: "back")
        }
    }

    func perform(_ change: RoutineChange) -> AppMessage {
        do {
            let done: String?
            switch change {
            case .load:
                done = nil
            case let .save(routine, replacing):
                try context.saveRoutine(routine, replacing: replacing)
                done = "saved \(routine.title)"
            case let .duplicate(name):
                guard var (_, routine) = try context.routine(named: name) else { throw Failure("no routine called \"\(name)\"") }
                routine.title = Self.copyName(of: name, taken: Set(((try? context.store.routines()) ?? []).map { $0.name.lowercased() }))
                try context.saveRoutine(routine)
                done = "duplicated as \(routine.title)"
            case let .rename(name, to: newName):
                guard var (_, routine) = try context.routine(named: name) else { throw Failure("no routine called \"\(name)\"") }
                routine.title = newName
                try context.saveRoutine(routine, replacing: name)
                done = "renamed to \(newName)"
            case let .delete(name):
                do { try context.store.removeRoutine(named: name) } catch { throw Failure(error.description) }
                done = "deleted \(name)"
            }
            return .routines(routineEntries(), done: done)
        } catch {
            return .failed("\(error)")
        }
    }

    /// "Knee programme (copy)", then "(copy 2)", … : a name no stored routine has.
    static func copyName(of name: String, taken: Set<String>) -> String {
        var candidate = "\(name) (copy)"
        var n = 2
        while taken.contains(candidate.lowercased()) {
            candidate = "\(name) (copy \(n))"
            n += 1
        }
        return candidate
    }
}
