import ArgumentParser
import LegworkApp

/// `legwork export [--json | --csv] [-o FILE]`: everything the runner owns, to keep or to move.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a complete backup (profile, imported cards, sessions, sets, stretch routines).",
        discussion: """
        --json (the default) writes the backup that `legwork import FILE` restores; see \
        docs/backup-format.md. --csv writes only the training log, one row per set, for spreadsheets. \
        Writes to standard output unless -o FILE is given (-o - is standard output too); an existing \
        FILE is not overwritten unless --force is given, and is then replaced in one step (a link is \
        followed; a folder, device or pipe is refused).
        """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "A complete backup as JSON (the default).")
    var json = false
    @Flag(help: "The training log as CSV, one row per set (not a backup).")
    var csv = false
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"), completion: .file())
    var output: String?
    @Flag(help: "Overwrite FILE when it exists.")
    var force = false

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
        if output?.isEmpty == true { throw ValidationError("-o needs a file name") }
    }

    func run() throws {
        try app { try ExportAction.run(csv: csv, output: output, force: force, settings: global.settings) }
    }
}
