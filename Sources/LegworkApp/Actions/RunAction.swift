import Foundation
import LegworkKit
import LegworkStore
import LegworkTUI

/// `legwork run`: log a run in one line (`legwork run 8km easy`), list, change or delete runs. Each
/// function returns the text to print, so the rules are tested on an in-memory store.
package enum RunAction {
    /// What the runner typed for one run; nil fields keep the stored value when editing.
    package struct Entry: Sendable {
        package var distance: String?
        package var kind: String?
        package var time: String?
        package var date: String?
        package var pain: Int?
        package init(distance: String? = nil, kind: String? = nil, time: String? = nil, date: String? = nil, pain: Int? = nil) {
            self.distance = distance; self.kind = kind; self.time = time; self.date = date; self.pain = pain
        }
    }

    /// The command: one of list, edit, delete, or log a new run; prints what it did.
    package static func run(_ entry: Entry, list: Bool, edit: Int64?, delete: Int64?, metronome: Int? = nil, minutes: Double? = nil,
                            settings: AppSettings) throws {
        if let metronome {
            // Nothing to store: the metronome never opens the data folder.
            try self.metronome(stepsPerMinute: metronome, minutes: minutes, clock: SystemClock(speed: settings.speed),
                               wait: { if $0 > .zero { Thread.sleep(forTimeInterval: Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18) } },
                               write: { Output.write($0, to: 1) })
            return
        }
        let context = try AppContext.open(settings)
        let text: String
        if list {
            text = try self.list(context: context)
        } else if let id = delete {
            text = try self.delete(id: id, context: context)
        } else if let id = edit {
            text = try self.edit(id: id, entry, context: context)
        } else {
            text = try log(entry, context: context)
        }
        Output.print(text)
    }

    /// Logs a new run and says what it was, with any load warning it set off.
    package static func log(_ entry: Entry, context: AppContext) throws -> String {
        let today = context.today()
        guard let distance = entry.distance else { throw UsageError("give the distance and the kind, like: legwork run 8km easy") }
        let unit = try context.distanceUnit()
        var run = RunRecord(date: today, metres: try metres(distance, unit: unit), kind: try kind(entry.kind ?? "easy"), sourceID: "")
        try apply(entry, to: &run, today: today)
        let (saved, warnings) = try save(run, context: context)
        return (["logged run \(saved.id ?? 0): " + describe(saved, today: today, unit: unit)] + warnings.map { "warning: " + $0 }).joined(separator: "\n")
    }

    /// Stores a checked run (the command line's or the form's) and returns it with its id and the load
    /// warnings it set off.
    static func save(_ run: RunRecord, context: AppContext) throws -> (RunRecord, [String]) {
        let saved: RunRecord
        do { saved = try context.store.addRun(run) } catch { throw Failure(error.description) }
        return (saved, try warnings(about: saved, context: context, unit: try context.distanceUnit()))
    }

    /// Changes the fields given of run `id`.
    package static func edit(id: Int64, _ entry: Entry, context: AppContext) throws -> String {
        let today = context.today()
        guard var run = try stored(id, context: context) else { throw Failure("there is no run \(id): see them with legwork run --list") }
        var entry = entry
        // `legwork run --edit 4 long`: a kind alone comes first, where the distance would stand.
        if entry.kind == nil, let word = entry.distance, RunKind(rawValue: word.lowercased()) != nil { entry.kind = word; entry.distance = nil }
        let unit = try context.distanceUnit()
        if let distance = entry.distance { run.metres = try metres(distance, unit: unit) }
        if let kind = entry.kind { run.kind = try self.kind(kind) }
        try apply(entry, to: &run, today: today)
        do { try context.store.updateRun(run) } catch { throw Failure(error.description) }
        return "changed run \(id): " + describe(run, today: today, unit: unit)
    }

    package static func delete(id: Int64, context: AppContext) throws -> String {
        guard let run = try stored(id, context: context) else { throw Failure("there is no run \(id): see them with legwork run --list") }
        do { try context.store.deleteRun(id: id) } catch { throw Failure(error.description) }
        return "deleted run \(id): " + describe(run, today: context.today(), unit: try context.distanceUnit())
    }

    /// Every run, newest first, then the weekly distance and the load warnings of the last two weeks.
    package static func list(context: AppContext) throws -> String {
        let today = context.today()
        let runs: [RunRecord]
        do { runs = try context.store.runs() } catch { throw Failure(error.description) }
        guard !runs.isEmpty else { return "no runs yet: log one with legwork run 8km easy, or import a watch's files with legwork import" }
        let unit = try context.distanceUnit()
        var lines = runs.reversed().map { "\($0.id ?? 0)".leftPadded(5) + "  " + describe($0, today: today, unit: unit) }
        let weekly = WeeklyDistance(runs: runs)
        lines.append("")
        lines.append("weekly distance: " + weekly.weeks(endingWith: today, count: 4).map { week in
            (week.monday == today.startOfWeek ? "this week " : "week of \(week.monday.spoken(today: today)) ") + unit.words(metres: week.metres)
        }.joined(separator: ", "))
        if let recent = StepRate.own(runs: runs, today: today) {
            let before = StepRate.own(runs: runs, today: today.adding(days: -StepRate.recentDays))
            lines.append("step rate: \(Int(recent.rounded())) steps a minute over the last 4 weeks"
                + (before.map { ", \(Int($0.rounded())) the 4 weeks before" } ?? ""))
        }
        lines += RunLoadRules.recentWarnings(runs: runs, today: today).map { "warning: " + $0.message(today: today, unit: unit) }
        return lines.joined(separator: "\n")
    }

    /// The longest a metronome runs when no time is given: longer than most runs on a treadmill.
    static let metronomeMinutes = 60.0

    /// `legwork run --metronome SPM`: a bell per step for `minutes`, each at its deadline on the monotonic
    /// clock (`--speed` runs it faster); Ctrl-C stops it. `wait` and `write` are the edge: tests pass a
    /// virtual clock and collect what is written.
    static func metronome(stepsPerMinute: Int, minutes: Double?, clock: any MonotonicClock,
                          wait: (Duration) -> Void, write: (String) -> Void) throws {
        guard let metronome = Metronome(stepsPerMinute: stepsPerMinute) else {
            throw UsageError("--metronome \(stepsPerMinute): give a step rate from \(Metronome.range.lowerBound) to \(Metronome.range.upperBound) steps a minute")
        }
        let minutes = minutes ?? metronomeMinutes
        guard minutes > 0, minutes <= 600 else { throw UsageError("--minutes \(minutes): give a time from a few seconds to 600 minutes") }
        let count = metronome.beats(minutes: minutes)
        write("A bell on every step: \(stepsPerMinute) steps a minute for \(RunWords.duration(Int(minutes * 60))). Ctrl-C stops.\n")
        let start = clock.now().sinceOrigin
        for n in 0..<count {
            wait(clock.realWait(until: Moment(start + metronome.beat(n).sinceOrigin)))
            write("\u{07}")
        }
        write("\n\(count) steps.\n")
    }

    /// "Sunday 29 November: 21.1 km long run in 1:58:00, pain 3/10 (from Strava)", the distance in `unit`.
    static func describe(_ run: RunRecord, today: CalendarDate, unit: DistanceUnit = .km) -> String {
        var text = "\(run.date.spoken(today: today)): \(unit.words(metres: run.metres)) \(run.kind.words)"
        if let seconds = run.seconds { text += " in \(RunWords.duration(seconds))" }
        if let cadence = run.cadence { text += ", \(Int(cadence.rounded())) steps a minute" }
        if let pain = run.pain { text += ", pain \(pain)/10" }
        if run.source != RunRecord.manualSource { text += " (from \(sourceWords[run.source] ?? run.source))" }
        return text
    }

    static let sourceWords = ["gpx": "a GPX file", "tcx": "a TCX file", "strava": "Strava", "garmin": "Garmin Connect"]

    /// The load warnings the new run sets off: its own length, and its week's rise.
    static func warnings(about run: RunRecord, context: AppContext, unit: DistanceUnit) throws -> [String] {
        let runs: [RunRecord]
        do { runs = try context.store.runs(from: run.date.adding(days: -(7 * (RunLoadRules.riseSpanWeeks + 1) + RunLoadRules.longestRunWindowDays))) } catch {
            throw Failure(error.description)
        }
        let today = context.today()
        return [RunLoadRules.weeklyRise(WeeklyDistance(runs: runs), weekOf: run.date), RunLoadRules.longerRun(run, among: runs)]
            .compactMap { $0?.message(today: today, unit: unit) }
    }

    private static func stored(_ id: Int64, context: AppContext) throws -> RunRecord? {
        do { return try context.store.run(id: id) } catch { throw Failure(error.description) }
    }

    private static func apply(_ entry: Entry, to run: inout RunRecord, today: CalendarDate) throws {
        if let time = entry.time {
            guard let seconds = RunWords.parseDuration(time) else {
                throw UsageError("--time \(time) is not a time: give hours, minutes and seconds like 1:58:00, or minutes like 45")
            }
            run.seconds = seconds
        }
        if let date = entry.date {
            guard let day = CalendarDate(text: date) else { throw UsageError("--date \(date) is not a date: give it as YYYY-MM-DD, like 2026-11-29") }
            guard day <= today else { throw UsageError("--date \(date) is after today: log a run once it happened") }
            run.date = day
        }
        if let pain = entry.pain {
            guard LogLimits.pain.contains(pain) else { throw UsageError("--pain \(pain) is not 0–10 (0 no pain, 10 the worst)") }
            run.pain = pain
        }
        if let problem = run.problems.first { throw UsageError(problem) }
    }

    /// A number alone is in the runner's unit ("5" is 5 mi for a runner in pounds and miles).
    private static func metres(_ text: String, unit: DistanceUnit) throws -> Double {
        guard let metres = unit.metres(typed: text) else {
            throw UsageError("\(text) is not a distance: give kilometres or miles, like 8km, 21.1km or 5mi (a number alone is in \(unit.rawValue))")
        }
        // Said in the runner's unit here; the store checks the run again as it is kept.
        if let problem = RunLimits.distanceProblem(metres, unit: unit) { throw UsageError(problem) }
        return metres
    }

    private static func kind(_ text: String) throws -> RunKind {
        guard let kind = RunKind(rawValue: text.lowercased()) else {
            throw UsageError(UnknownValueError(what: "kind of run", value: text, suggestions: Suggestions.closest(to: text, in: RunKind.allCases.map(\.rawValue)),
                                               hint: "one of: " + RunKind.allCases.map(\.rawValue).joined(separator: ", ")).description)
        }
        return kind
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
