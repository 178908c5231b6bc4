import ArgumentParser
import Foundation
import LegworkKit
import LegworkStore
import LegworkTUI

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
        if bench { return try HistoryBenchmark.run(global) }
        let context = try AppContext.open(global)
        if json || csv {
            Output.print(try Self.logText(csv: csv, store: context.store), format: csv ? .text : .json, terminator: "")
            return
        }
        if plain {
            Output.print(HistoryText.plain(try Self.loggedSessions(context.store), names: Self.names(context.catalog)))
            return
        }
        try Interactive.run(root: try Self.screen(context), context: context)
    }

    /// The history screen for today, with the catalog's names.
    static func screen(_ context: AppContext) throws -> HistoryScreen {
        let data: HistoryData
        do { data = try context.store.historyData() } catch { throw Failure(error.description) }
        return HistoryScreen(data: data, names: names(context.catalog), today: WallTime.now().localDaysSince1970)
    }

    static func names(_ catalog: Catalog) -> [String: String] {
        Dictionary(catalog.cards.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every session with its sets.
    static func loggedSessions(_ store: Store) throws -> [LoggedSession] {
        do {
            return LoggedSession.group(sessions: try store.sessions(), sets: try store.allSets())
        } catch {
            throw Failure(error.description)
        }
    }

    /// The whole log as CSV or JSON text.
    static func logText(csv: Bool, store: Store) throws -> String {
        do {
            let sessions = try store.sessions()
            let sets = try store.allSets()
            if csv {
                return LogCSV.text(sets: sets, sessions: Dictionary(sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
            }
            return try HistoryJSON(sessions: LoggedSession.group(sessions: sessions, sets: sets)).encoded()
        } catch let error as StoreError {
            throw Failure(error.description)
        } catch {
            throw Failure("cannot write the log as JSON: \(error)")
        }
    }
}
