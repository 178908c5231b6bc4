import Foundation
import LegworkKit
import LegworkStore
import LegworkTUI
@testable import LegworkApp

/// The application on an in-memory store: no files, no terminal, no clock but the moments tests give.
struct TestApp {
    let context: AppContext

    init() throws {
        context = AppContext(store: try Store.inMemory())
    }

    /// The application on a chosen date: every door and the plan read `today` from it.
    init(today: CalendarDate) throws {
        context = AppContext(settings: AppSettings(today: { today }), store: try Store.inMemory())
    }

    var environment: LegworkEnvironment { LegworkEnvironment(context: context) }

    /// A persistence on this store with the wall clock pinned, as a launch makes one.
    func persistence() -> SessionPersistence {
        SessionPersistence(store: context.store, wall: WallClockMapping(now: .origin, speed: 1))
    }
}

/// The app's update with its effects performed the way the runtime performs them: commands go to the
/// environment and their messages come back as events. Returns the effects that are not commands.
@discardableResult
func drive(_ app: App, _ model: inout App.Model, _ event: ProgramEvent<App.Message>, at now: Moment) throws -> [Effect<App.Command>] {
    var queue = [event]
    var rest: [Effect<App.Command>] = []
    while !queue.isEmpty {
        for effect in app.update(&model, queue.removeFirst(), at: now) {
            if case let .command(command) = effect {
                if let message = try app.perform(command) { queue.append(.message(message)) }
            } else {
                rest.append(effect)
            }
        }
    }
    return rest
}

/// A session with every kind of step: reps (one leg, then the other), a hold, rests and log entries.
func everyStepPlan() -> SessionPlan {
    SessionPlan(id: "every-step", title: "Every step", kind: .strength, items: [
        SessionItem(cardID: "single_leg_glute_bridge", name: "Single-leg glute bridge", unilateral: true,
                    tempo: .phases(down: 2, pause: 1, up: 1), dose: .reps(2, 3, rest: 30), cue: "Hips level"),
        SessionItem(cardID: "side_plank", name: "Side plank", unilateral: false, tempo: .isometric,
                    dose: .hold(2, seconds: 20, rest: 20), cue: "Long line"),
    ], runningCue: "Hips level at foot-strike")
}

/// A fresh data folder under the system temp dir (not created: the store makes it, as a first run does),
/// removed when `body` is done; `body` gets the folder and its database file.
func withDataFolder<T>(_ body: (_ folder: URL, _ database: URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appending(path: "legwork-app-tests-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder, folder.appending(path: StorePaths.fileName))
}
