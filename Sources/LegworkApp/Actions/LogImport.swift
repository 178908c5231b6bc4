import LegworkKit
import LegworkStore

/// `legwork import FILE.csv` for training logs: a Strong export (either layout), a Hevy export, or
/// Legwork's own `history --csv`. Exercise names are matched to cards or kept as the app wrote them;
/// every workout goes in as a completed strength session in one transaction, and a workout the log
/// already holds is left alone, so importing the same file again adds nothing.
enum LogImport {
    /// The report to print, or nil when `text` is not a training-log CSV.
    static func run(_ text: String, utf8: Bool, file: String, context: AppContext) throws -> String? {
        let names = ExerciseNames(cards: context.catalog.cards.map { ($0.id, $0.name) })
        let reading: LiftingLogReading
        do {
            guard let read = try LiftingLogCSV.read(text, names: names, defaultUnit: try context.loadUnit(),
                                                    utcOffsetSeconds: WallTime.now().utcOffsetSeconds) else { return nil }
            // Names and notes go into the log as they are: a file that is not UTF-8 would garble them.
            guard utf8 else { throw Failure("\(file) is not UTF-8 text: export the log again") }
            reading = read
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure("\(file): \(error)")
        }
        guard !reading.workouts.isEmpty else {
            throw Failure((["\(file): a \(reading.format.name) log with no set Legwork can keep"] + details(reading)).joined(separator: "\n"))
        }
        let outcome: LogImportOutcome
        do {
            outcome = try context.store.importWorkouts(reading.workouts, source: reading.format.name)
            context.store.checkpoint()
        } catch {
            throw Failure(error.description)
        }
        let workouts = reading.workouts.count
        var lines = ["\(file): \(reading.format.name) log, \(workouts) workout\(workouts == 1 ? "" : "s") (\(reading.setCount) set\(reading.setCount == 1 ? "" : "s")) read; "
            + "\(outcome.added) added, \(outcome.alreadyHeld) already held"]
        lines += details(reading)
        return lines.joined(separator: "\n")
    }

    /// Names matched and kept, rows skipped, rows that could not be read.
    static func details(_ reading: LiftingLogReading) -> [String] {
        var lines: [String] = []
        if reading.format != .legwork && !(reading.matchedNames.isEmpty && reading.keptNames.isEmpty) {
            var line = "exercises: \(reading.matchedNames.count) matched to Legwork's cards, \(reading.keptNames.count) kept under \(reading.format.name)'s names"
            if !reading.keptNames.isEmpty {
                let kept = reading.keptNames.sorted()
                line += " (" + kept.prefix(3).map { SafeText.escaped($0) }.joined(separator: ", ") + (kept.count > 3 ? " and \(kept.count - 3) more" : "") + ")"
            }
            lines.append(line)
        }
        for (reason, count) in reading.skipped.sorted(by: { $0.key < $1.key }) { lines.append("skipped \(count) \(reason)") }
        if !reading.problems.isEmpty {
            lines.append("\(reading.problems.count) row\(reading.problems.count == 1 ? "" : "s") could not be read, first:")
            lines += reading.problems.prefix(3).map { "  " + $0 }
        }
        return lines
    }
}
