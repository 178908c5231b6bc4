import Foundation
import LegworkKit
import LegworkTUI

/// Starts the screens: sets up the terminal, runs the app loop, and turns every way out into an exit
/// status, with the terminal restored.
enum Interactive {
    /// `launch` carries the clock and the session persistence when a session command starts the screens;
    /// `voice` turns spoken cues on from the start (the runner's `v` key can turn them on later).
    static func run(root: any Screen, context: AppContext, launch: SessionLaunch? = nil, voice: Bool = false, exitAtEnd: Bool = false) throws {
        let launch = try launch ?? SessionLaunch(context: context, fresh: false, kinds: [.strength, .stretch], today: context.today())
        let speech = Speech.start(enabled: true) { notice in
            if voice { Output.error("legwork: \(notice)") }
        }
        defer { speech?.stop() }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(allowColors: context.settings.colorsAllowed)
        } catch let error as TerminalSetupError {
            throw Failure(error.description)
        }
        var environment = LegworkEnvironment(context: context)
        environment.launch = launch
        environment.voice = voice
        environment.exitAtEnd = exitAtEnd
        let app = App(environment: environment)
        // A session's saves run beside the loop (`App.runsAside`): the countdown never waits on the store.
        let runtime = Runtime(program: app, model: App.Model(root: FaultInjectingScreen.wrap(root)), terminal: terminal, clock: launch.clock, speak: { speech?.say($0) },
                              wallClock: { WallTime.now() }, commandsAside: true)
        // A save that waits for another program's lock says so instead of looking stuck: on the loop's
        // thread (a write the loop waits for) straight onto the screen, which is frozen meanwhile; from a
        // save running aside through the loop, which goes on drawing (ncurses is the loop's alone).
        nonisolated(unsafe) let screen = terminal
        nonisolated(unsafe) let loop = runtime
        let waiting = "Waiting for the database: another program is writing to it…"
        context.store.onLockWait {
            if Thread.isMainThread { screen.showStatus(waiting) } else { loop.post(.waiting(waiting)) }
        }
        defer { context.store.onLockWait(nil) }
        let status: Int32
        do {
            status = try runtime.run()
        } catch {
            terminal.shutdown()
            throw Failure("\(error)")
        }
        if status != 0 { throw ExitStatus(status) }
    }
}

