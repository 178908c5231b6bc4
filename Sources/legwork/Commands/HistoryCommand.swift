import ArgumentParser
import LegworkApp
import LegworkKit

/// `legwork history [--json | --csv [--format strong|hevy]]`: the training log as a screen, or printed for other programs.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The training log: calendar, streak, volume and progress per exercise.",
        discussion: """
        Without a flag, opens the history screen (w shows the weeks and this month's progress). --plain prints this month's \
        progress and the last weeks, then the log as sentences, newest first. --csv prints one row per set (date, session, exercise, \
        set, side, weight_kg, reps, seconds, rir, pain, notes, session_id, session_start; RFC 4180 quoting). \
        --csv --format strong writes the Strong app's columns (semicolon-separated, weight in your units), \
        --format hevy the Hevy app's; side and pain go in the notes, RPE is 10 minus reps in reserve. \
        `legwork import` reads all three back. --json prints every \
        session with its sets (see docs/backup-format.md, "History JSON").
        """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the log as JSON.")
    var json = false
    @Flag(help: "Print one CSV row per set.")
    var csv = false
    @Flag(help: "Print this month's progress, the last weeks and the log as plain sentences, newest first (for pipes and screen readers).")
    var plain = false
    @Option(help: ArgumentHelp("With --csv: the columns of another app (strong or hevy) instead of Legwork's.", valueName: "APP"))
    var format: LogCSVFormat?
    /// For scripts/bench-history: time opening the store and the screen's first frame, print the figures.
    @Flag(help: .hidden)
    var bench = false

    func validate() throws {
        if [json, csv, plain].filter({ $0 }).count > 1 { throw ValidationError("choose one of --json, --csv and --plain") }
        if format != nil && !csv { throw ValidationError("--format goes with --csv (legwork history --csv --format \(format?.rawValue ?? "strong"))") }
    }

    func run() throws {
        let format: HistoryAction.Format = json ? .json : csv ? (self.format.map { .appCSV($0.app) } ?? .csv) : plain ? .plain : .screen
        try app { bench ? try HistoryBenchmark.run(global.settings) : try HistoryAction.run(format, settings: global.settings) }
    }
}
