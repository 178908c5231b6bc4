import ArgumentParser
import Foundation
import LegworkApp

@main
struct Legwork: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "legwork",
        abstract: "A strength and mobility coach for runners, in the terminal.",
        discussion: """
        Without a command, opens the home screen. Data lives in $XDG_DATA_HOME/legwork \
        (default ~/.local/share/legwork) unless --data-dir is given.
        Exit codes: 0 done, 1 runtime error, 2 bad usage, 130 interrupted.
        """,
        version: LegworkVersion.current,
        subcommands: [
            BrowseCommand.self, ExercisesCommand.self, CardCommand.self, ImportCommand.self,
            IntakeCommand.self, ProfileCommand.self, PlanCommand.self, SessionCommand.self, StretchCommand.self,
            HistoryCommand.self, ExportCommand.self, CheckCommand.self, RunCommand.self, RoutineCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    /// The most words a command line may hold: far more than any command needs (a profile has about twenty
    /// keys), and few enough that parsing stays quick (the parser's time grows with the square of the count).
    static let maxArguments = 1_000

    /// Runtime errors print as "legwork: message" (exit 1); usage errors keep the parser's format (exit 2).
    static func main() {
        ProgramStart.mark()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.count > maxArguments {
            Output.error("Error: \(arguments.count) words on the command line; Legwork takes at most \(maxArguments)")
            Foundation.exit(2)
        }
        let commands = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        if let mistyped = CommandSuggestion.message(arguments, commands: commands) {
            Output.error(mistyped)
            Foundation.exit(2)
        }
        do {
            let words = Set(configuration.subcommands.flatMap { [$0.configuration.commandName ?? ""] + $0.configuration.subcommands.map { $0.configuration.commandName ?? "" } })
            let hoisted = GlobalArguments.hoist(arguments, commands: words)
            // `plan` reads the catalog on the other core from here, while the arguments are parsed and
            // the store opens: started by the command, the read was not done when the plan needed it.
            if hoisted.first == PlanCommand.configuration.commandName { AppContext.readCatalogAhead() }
            var command = try parseAsRoot(hoisted)
            try command.run()
        } catch let failure as Failure {
            Output.error("legwork: \(failure)")
            Foundation.exit(1)
        } catch {
            // The contract says 2 for bad usage; the parser's own code for that is 64 (EX_USAGE).
            let code = exitCode(for: error)
            if code == .success {
                // Help and --version are printed through the checked output: a full disk is no success.
                Output.print(fullMessage(for: error))
                Foundation.exit(0)
            }
            guard code == .validationFailure else { exit(withError: error) }
            Output.error(fullMessage(for: error))
            Foundation.exit(2)
        }
    }

    func run() throws {
        try app { try SessionScreens.runHome(context: AppContext.open(global.settings)) }
    }
}
