import ArgumentParser
import LegworkApp

/// `legwork import FILE…`: runs from activity files, exercises in the free-exercise-db JSON format become imported cards;
/// `--remove ID` and `--remove-all` take them out again. The file's format is detected first, so
/// other formats (a Legwork backup) can be dispatched from `run` without changing the rest.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import runs (GPX, TCX, Strava or Garmin CSV), a training log (Strong, Hevy or Legwork CSV), exercises (free-exercise-db JSON or Legwork cards) or a backup.",
        discussion: """
        Runs: GPX 1.1 and TCX files (one, several, or a folder of them), the activities.csv of a Strava bulk \
        export (or its folder), Garmin Connect's activities CSV. Importing the same activity again adds nothing; \
        activities that are not runs are skipped and counted; a damaged file is named with its problem and the \
        rest is imported (exit status 1). Training logs: Strong's export (either layout), Hevy's, or \
        `legwork history --csv` (see docs/backup-format.md); the same workout again adds nothing. Cards: \
        what `legwork exercises --json` prints. Importing the same exercise file again updates cards instead of \
        duplicating them. Records that cannot be imported are counted and the first reasons printed. \
        FILE - reads standard input.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Activity files or folders, a Strong, Hevy or Legwork CSV, a free-exercise-db JSON file, cards from `legwork exercises --json`, or a backup from `legwork export`; - reads standard input.", valueName: "FILE"), completion: .file())
    var files: [String] = []

    @Flag(help: "With a backup: replace everything in the store (otherwise a backup only goes into an empty store).")
    var replace = false

    @Option(name: .customLong("remove"), help: ArgumentHelp("Remove the imported card ID (repeatable).", valueName: "ID"))
    var remove: [String] = []

    @Flag(help: "Remove every imported card.")
    var removeAll = false

    @Flag(help: "A Garmin Connect export whose distances are in miles (Garmin writes the units of its display).")
    var miles = false

    func validate() throws {
        let modes = [!files.isEmpty, !remove.isEmpty, removeAll].filter { $0 }.count
        if modes != 1 { throw ValidationError("give one of: FILE, --remove ID, --remove-all") }
    }

    func run() throws {
        try app { try ImportAction.run(files: files, replace: replace, miles: miles, remove: remove, removeAll: removeAll, settings: global.settings) }
    }
}
