import ArgumentParser
import LegworkApp

/// `legwork history [--json | --csv]`: the training log as a screen, or printed for other programs.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The training log: calendar, streak, volume and progress per exercise.",
        discussion: """
        Without a flag, opens the history screen. --plain prints the log as sentences, newest first. --csv prints one row per set (date, session, exercise, \
        set, side, weight_kg, reps, seconds, rir, pain, notes; RFC 4180 quoting). --json prints every \
        session with its sets (see docs/backup-format.md, "History JSON").
        """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the log as JSON.")
    var json = false
    @Flag(help: "Print one CSV row per set.")
    var csv = false
    @Flag(help: "Print the log as plain sentences, newest first (for pipes and screen readers).")
    var plain = false
    /// For scripts/bench-history: time opening the store and the screen's first frame, print the figures.
    @Flag(help: .hidden)
    var bench = false

    func validate() throws {
        if [json, csv, plain].filter({ $0 }).count > 1 { throw ValidationError("choose one of --json, --csv and --plain") }
    }

    func run() throws {
        let format: HistoryAction.Format = json ? .json : csv ? .csv : plain ? .plain : .screen
        try app { bench ? try HistoryBenchmark.run(global.settings) : try HistoryAction.run(format, settings: global.settings) }
    }
}
