import ArgumentParser
import LegworkApp

/// `legwork import FILE`: exercises in the free-exercise-db JSON format become imported cards;
/// `--remove ID` and `--remove-all` take them out again. The file's format is detected first, so
/// other formats (a Legwork backup) can be dispatched from `run` without changing the rest.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import exercises (free-exercise-db JSON), or remove imported ones.",
        discussion: """
        Importing the same file again updates cards instead of duplicating them. Records that cannot be \
        imported are counted and the first reasons printed; the rest is imported.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A free-exercise-db JSON file (a list of exercise records), or a backup from `legwork export`.")
    var file: String?

    @Flag(help: "With a backup: replace everything in the store (otherwise a backup only goes into an empty store).")
    var replace = false

    @Option(name: .customLong("remove"), help: ArgumentHelp("Remove the imported card ID (repeatable).", valueName: "ID"))
    var remove: [String] = []

    @Flag(help: "Remove every imported card.")
    var removeAll = false

    func validate() throws {
        let modes = [file != nil, !remove.isEmpty, removeAll].filter { $0 }.count
        if modes != 1 { throw ValidationError("give one of: FILE, --remove ID, --remove-all") }
    }

    func run() throws {
        try app { try ImportAction.run(file: file, replace: replace, remove: remove, removeAll: removeAll, settings: global.settings) }
    }
}
