import Foundation
import LegworkKit
import LegworkStore

/// `legwork routine …`: the runner's own routines and a therapist's programme — list, run (through the
/// same door, check-in, gate and runner as the plan's sessions), import, export, schedule into the plan.
package enum RoutineAction {
    /// One line per stored routine: "Knee programme — 4 exercises, about 14 minutes, from Dr. Ana Ruiz".
    package static func list(settings: AppSettings) throws -> String {
        let context = try AppContext.openForReading(settings)
        let stored: [StoredRoutine]
        do { stored = try context.store.routines() } catch { throw Failure(error.description) }
        guard !stored.isEmpty else {
            return "No routines yet. Build one on the screens (My routines), or take a file in: legwork routine import FILE"
        }
        var lines = stored.map { summary($0, context: context) }
        if let programme = context.programme() {
            lines += ["", "In your plan: \"\(programme.name)\" \(programme.when), "
                + (programme.placement == .instead ? "in place of the plan's own sessions." : "beside the plan's own sessions.")]
        }
        return lines.joined(separator: "\n")
    }

    /// "Knee programme — 4 exercises, about 14 minutes, from …", or what is wrong with it.
    static func summary(_ stored: StoredRoutine, context: AppContext) -> String {
        "\(stored.name) — " + detail(stored, context: context)
    }

    /// "4 exercises, about 14 minutes, from …", or "cannot be read: …" (a card that left the catalog).
    static func detail(_ stored: StoredRoutine, context: AppContext) -> String {
        do {
            return describe(try RoutineReader.read(stored.text, source: stored.name, catalog: context.catalog), context: context)
        } catch {
            return "cannot be read: \(error.errors.first?.message ?? "\(error)")"
        }
    }

    /// "4 exercises, about 14 minutes, from Dr. Ana Ruiz, written 2026-11-30".
    package static func describe(_ routine: Routine, context: AppContext) -> String {
        let count = routine.allExercises.count
        let minutes = (routine.plannedSeconds(catalog: context.catalog, level: context.level()) + 59) / 60
        return "\(count) exercise\(count == 1 ? "" : "s"), about \(minutes) minute\(minutes == 1 ? "" : "s")" + (routine.byline.map { ", \($0)" } ?? "")
    }

    /// The routine a command names: a stored one by name first, else a routine file.
    package static func resolve(_ nameOrFile: String, context: AppContext) throws -> (name: String, routine: Routine) {
        if let found = try context.routine(named: nameOrFile) { return found }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: nameOrFile, isDirectory: &isFolder) else {
            let names = ((try? context.store.routines()) ?? []).map(\.name)
            let hint = Suggestions.didYouMean(Suggestions.closest(to: nameOrFile, in: names)).map { "; \($0)" } ?? ""
            throw Failure("no routine called \"\(nameOrFile)\" and no such file\(hint) (list them with: legwork routine list)")
        }
        return try readFile(nameOrFile, context: context)
    }

    static func readFile(_ path: String, context: AppContext) throws -> (name: String, routine: Routine) {
        let (text, _) = try ImportAction.read(path)
        do {
            let routine = try RoutineReader.read(text, source: path, catalog: context.catalog)
            return (routine.title, routine)
        } catch {
            throw Failure("the routine was not read:\n" + error.description)
        }
    }

    /// `routine run NAME|FILE`: the routine through the strength door, on the screens or `--plain`.
    package static func run(_ nameOrFile: String, plain: Bool, fresh: Bool, voice: Bool, settings: AppSettings) throws {
        let context = try AppContext.open(settings)
        // A routine that does not exist or does not read is said first: it must not resume another session.
        let (_, routine) = try resolve(nameOrFile, context: context)
        let request = StrengthRequest.routine(routine)
        let launch = try SessionLaunch(context: context, fresh: fresh, kinds: [.strength], starting: true, today: context.today())
        if plain {
            for message in launch.setAside { PlainOutput.write(message) }
            try SessionAction.runPlain(request, launch: launch, voice: voice, startAtRest: false)
        } else {
            try SessionScreens.run(request, launch: launch, voice: voice, exitAtEnd: false, startAtRest: false)
        }
    }

    /// `routine import FILE`: stores the file's routine under its title.
    package static func importFile(_ path: String, overwrite: Bool, settings: AppSettings) throws -> String {
        let context = try AppContext.open(settings)
        let (name, routine) = try readFile(path, context: context)
        try context.saveRoutine(routine, overwrite: overwrite)
        return "Saved the routine \"\(name)\": \(describe(routine, context: context)). Run it with: legwork routine run \"\(name)\""
    }

    /// `routine export NAME [-o FILE]`: the routine's file, to hand to someone or edit.
    package static func export(_ name: String, output: String?, force: Bool, settings: AppSettings) throws {
        let context = try AppContext.openForReading(settings)
        guard let (_, routine) = try context.routine(named: name) else { throw unknown(name, context: context) }
        try BackupFile.write(RoutineWriter.text(routine), to: output ?? "-", overwrite: force)
        if let output, output != "-" { Output.error("legwork: wrote \(output)") }
    }

    /// `routine delete NAME`: removes a stored routine (a programme already in the plan keeps its copy).
    package static func delete(_ name: String, settings: AppSettings) throws -> String {
        let context = try AppContext.open(settings)
        let removed: Bool
        do { removed = try context.store.removeRoutine(named: name) } catch { throw Failure(error.description) }
        guard removed else { throw unknown(name, context: context) }
        return "Deleted the routine \"\(name)\"."
    }

    /// `routine schedule NAME --days tue,fri --weeks 6 [--from DATE] [--instead]`: the programme in the plan.
    package static func schedule(_ name: String, days: String, weeks: Int, from: String?, instead: Bool, settings: AppSettings) throws -> String {
        let context = try AppContext.open(settings)
        guard let (stored, routine) = try context.routine(named: name) else { throw unknown(name, context: context) }
        var weekdays: [Weekday] = []
        for word in days.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let day = Weekday(word: word) else {
                throw Failure("unknown day \"\(word)\" in --days (valid: mon, tue, wed, thu, fri, sat, sun)")
            }
            if !weekdays.contains(day) { weekdays.append(day) }
        }
        guard !weekdays.isEmpty else { throw Failure("--days needs at least one day, such as tue,fri") }
        guard ProgrammeSchedule.weekLimits.contains(weeks) else {
            throw Failure("--weeks must be from \(ProgrammeSchedule.weekLimits.lowerBound) to \(ProgrammeSchedule.weekLimits.upperBound) (got \(weeks))")
        }
        let first: CalendarDate
        if let from {
            guard let date = CalendarDate(text: from) else { throw Failure("--from must be a date written YYYY-MM-DD (got \"\(from)\")") }
            first = date
        } else {
            first = context.today()
        }
        let programme = ProgrammeSchedule(name: stored, routine: routine, days: weekdays, first: first, weeks: weeks,
                                          placement: instead ? .instead : .beside)
        do { try context.store.saveDocument(programme, key: .programme) } catch { throw Failure(error.description) }
        // The training block follows the plan that now holds the programme.
        try? context.recordBlock(today: context.today())
        return "\(programme.owner) \"\(stored)\" is in your plan \(programme.when), "
            + (instead ? "in place of the plan's own sessions." : "beside the plan's own sessions.") + " See it with: legwork plan"
    }

    /// `routine unschedule`: the plan goes back to its own sessions.
    package static func unschedule(settings: AppSettings) throws -> String {
        let context = try AppContext.open(settings)
        let removed: Bool
        do { removed = try context.store.removeDocument(key: .programme) } catch { throw Failure(error.description) }
        try? context.recordBlock(today: context.today())
        return removed ? "The programme is out of your plan; its own sessions are back." : "No programme was in your plan."
    }

    static func unknown(_ name: String, context: AppContext) -> Failure {
        let names = ((try? context.store.routines()) ?? []).map(\.name)
        let hint = Suggestions.didYouMean(Suggestions.closest(to: name, in: names)).map { "; \($0)" } ?? ""
        return Failure("no routine called \"\(name)\"\(hint) (list them with: legwork routine list)")
    }
}
