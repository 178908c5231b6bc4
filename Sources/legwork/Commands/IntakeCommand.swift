import ArgumentParser
import LegworkApp

/// `legwork intake`: the profile form on its own (also the first screen of a first run).
struct IntakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: "Fill in or change your runner profile (the form your plan is built from)."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try app { try IntakeAction.run(settings: global.settings) }
    }
}
