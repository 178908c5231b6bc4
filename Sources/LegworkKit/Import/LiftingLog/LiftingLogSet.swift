/// One set's cells as Strong and Hevy write them, read the same way for both: weight in a unit, reps,
/// seconds, RPE, a distance (cardio), and notes that may carry Legwork's side and pain.
struct LiftingLogSet {
    var weight: String
    var unit: LoadUnit
    var reps: String
    var seconds: String
    var rpe: String
    var distance: String
    var notes: String
    var warmUp = false

    enum Outcome {
        case set(ImportedSet)
        /// Left out on purpose, with the reason counted in the report.
        case skip(String)
        case failure(String)
    }

    func read() -> Outcome {
        // Kept to the gram: 135 lb is 61.235 kg, and 61.235 kg is 135 lb again.
        let kilograms = ImportedActivity.number(weight).map { (unit.kilograms($0) * 1000).rounded() / 1000 }
        if let kilograms, let problem = LogLimits.loadProblem(kilograms) { return .failure(problem) }
        let repCount = LiftingLogCSV.whole(reps), held = LiftingLogCSV.whole(seconds)
        if let repCount, let problem = LogLimits.repsProblem(repCount) { return .failure(problem) }
        if let held, let problem = LogLimits.secondsProblem(held) { return .failure(problem) }
        // The apps write 0 for "not this kind of set" (0 kg is body weight, 0 s a set of reps).
        let load = kilograms.flatMap { $0 > 0 ? $0 : nil }
        let doneReps = repCount.flatMap { $0 > 0 ? $0 : nil }, doneSeconds = held.flatMap { $0 > 0 ? $0 : nil }
        // A distance without reps is cardio (a run, a row): runs come from their own files.
        if doneReps == nil, let covered = ImportedActivity.number(distance), covered > 0 { return .skip("cardio sets (a distance, no reps)") }
        if doneReps == nil && doneSeconds == nil { return .skip("sets with neither reps nor seconds") }
        var parsed = SetNotes(reading: notes)
        parsed.warmUp = parsed.warmUp || warmUp
        let rir = ImportedActivity.number(rpe).flatMap(LiftingLogCSV.repsInReserve(rpe:))
        let text = parsed.warmUp ? [SetNotes.warmUpWords, parsed.text].compactMap { $0 }.joined(separator: SetNotes.separator) : parsed.text
        return .set(ImportedSet(exercise: "", setNumber: 0, side: parsed.side, reps: doneReps, seconds: doneSeconds,
                                loadKg: load, rir: rir, pain: parsed.pain,
                                notes: text.map { SafeText.escaped($0, keepingLines: true) }))
    }
}
