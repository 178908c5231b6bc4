import ArgumentParser
import Foundation
import LegworkKit
import LegworkTUI

/// Starts the screens: sets up the terminal, runs the app loop, and turns every way out into an exit
/// status, with the terminal restored.
enum Interactive {
    static func run(root: any Screen, context: AppContext) throws {
        let global = context.global
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(allowColors: global.colorsAllowed)
        } catch let error as TerminalSetupError {
            throw Failure(error.description)
        }
        let environment = LegworkEnvironment(context: context)
        let app = App(environment: environment)
        let runtime = Runtime(program: app, model: App.Model(root: FaultInjectingScreen.wrap(root)), terminal: terminal, clock: SystemClock(speed: global.speed))
        let status: Int32
        do {
            status = try runtime.run()
        } catch {
            terminal.shutdown()
            throw Failure("\(error)")
        }
        if status != 0 { throw ExitCode(status) }
    }
}

/// A runtime error: printed as "legwork: MESSAGE" on standard error, exit status 1.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
