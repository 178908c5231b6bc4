import LegworkKit
import LegworkStore
import LegworkTUI

/// `legwork history`: the history screen, or the log printed as sentences, CSV or JSON.
package enum HistoryAction {
    package enum Format: Sendable, Equatable {
        case screen, json, csv, plain
        /// Another app's CSV (Strong or Hevy).
        case appCSV(LiftingLogFormat)
    }

    package static func run(_ format: Format, settings: AppSettings) throws {
        let context = try format == .screen ? AppContext.open(settings) : AppContext.openForReading(settings)
        switch format {
        case .json:
            Output.print(try logText(csv: false, store: context.store), format: .json, terminator: "")
        case .csv:
            Output.print(try logText(csv: true, store: context.store), format: .text, terminator: "")
        case let .appCSV(app):
            Output.print(try appText(app, context: context), format: .text, terminator: "")
        case .plain:
            let names = names(context.catalog)
            Output.print(try progressText(context, names: names) + "\n\n"
                + HistoryText.plain(try loggedSessions(context.store), names: names, unit: try context.loadUnit()))
        case .screen:
            try Interactive.run(root: try screen(context), context: context)
        }
    }

    /// The history screen for today, with the catalog's names.
    static func screen(_ context: AppContext) throws -> HistoryScreen {
        let data: HistoryData, runs: [RunRecord]
        do { data = try context.store.historyData(); runs = try context.store.runs() } catch { throw Failure(error.description) }
        let today = WallTime.now().localDaysSince1970
        let progress = try HistoryProgress.read(context, sessions: data.sessions, today: CalendarDate(dayNumber: Int(today)))
        return HistoryScreen(data: data, names: names(context.catalog), today: today,
                             checks: try context.strengthChecks(), runs: runs, highlights: progress.highlights, planned: progress.planned,
                             unit: try context.loadUnit())
    }

    /// The month's highlights and the last weeks in sentences (`--plain`), on the local day now.
    static func progressText(_ context: AppContext, names: [String: String], today: CalendarDate = LocalCalendar.today()) throws -> String {
        let data: HistoryData, runs: [RunRecord]
        do { data = try context.store.historyData(); runs = try context.store.runs() } catch { throw Failure(error.description) }
        let progress = try HistoryProgress.read(context, sessions: data.sessions, today: today)
        let day = Int64(today.dayNumber)
        let km = WeeklyDistance(runs: runs).kmByMonday
        let weeks = HistorySummary(sessions: data.sessions, today: day, weekCount: HistoryText.plainWeeks)
            .weekLines(count: HistoryText.plainWeeks, planned: progress.planned, kmByWeek: km)
        return HistoryText.progress(highlights: progress.highlights, weeks: weeks, names: names, unit: try context.loadUnit())
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

    /// The log in Strong's or Hevy's columns, names from the catalog, weights in the runner's unit.
    static func appText(_ app: LiftingLogFormat, context: AppContext) throws -> String {
        let sessions = try loggedSessions(context.store), catalogNames = names(context.catalog), unit = try context.loadUnit()
        return app == .hevy ? HevyCSV.text(sessions, names: catalogNames, unit: unit) : StrongCSV.text(sessions, names: catalogNames, unit: unit)
    }

    /// The whole log as CSV or JSON text.
    static func logText(csv: Bool, store: Store) throws -> String {
        do {
            let sessions = try store.sessions()
            let sets = try store.allSets()
            let runs = try store.runs()
            if csv {
                return LogCSV.text(sets: sets, sessions: Dictionary(sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }), runs: runs)
            }
            return try HistoryJSON(sessions: LoggedSession.group(sessions: sessions, sets: sets), strengthChecks: try store.strengthChecks(),
                                   runs: runs).encoded()
        } catch let error as StoreError {
            throw Failure(error.description)
        } catch {
            throw Failure("cannot write the log as JSON: \(error)")
        }
    }
}
