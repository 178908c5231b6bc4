/// Legwork's own `history --csv`, read back: sets are grouped into their sessions by `session_id` (two
/// sessions on one day stay two), or, in a file written before that column, by title and day. Exercise
/// ids stay ids; the rows of runs are left out (runs come in from their activity files or a backup).
enum LegworkLogCSV {
    static func read(_ table: CSVTable, names: ExerciseNames) -> LiftingLogReading {
        var reading = LiftingLogReading(format: .legwork)
        func column(_ name: String) -> Int? { table.columns(name).first }
        let date = column("date"), session = column("session"), exercise = column("exercise"), number = column("set")
        let side = column("side"), weight = column("weight_kg"), reps = column("reps"), seconds = column("seconds")
        let rir = column("rir"), pain = column("pain"), notes = column("notes")
        let sessionID = column("session_id"), sessionStart = column("session_start")
        for (row, fields) in table.rows {
            func field(_ index: Int?) -> String { LiftingLogCSV.unmarked(CSVTable.field(fields, index) ?? "") }
            let name = field(exercise)
            if name == "run", WallTime(iso8601: field(date)) == nil { reading.skip("runs"); continue }
            guard let time = WallTime(iso8601: field(date)) else { reading.problem(row, "the date \"\(field(date))\" is not an ISO-8601 time"); continue }
            guard !name.isEmpty else { reading.problem(row, "no exercise"); continue }
            guard let sideValue = field(side).isEmpty ? .both : SetRecord.Side(rawValue: field(side)) else {
                reading.problem(row, "side \"\(field(side))\" is not both, left or right"); continue
            }
            let start = WallTime(iso8601: field(sessionStart)) ?? time
            let title = field(session).isEmpty ? "Imported session" : field(session)
            let key = field(sessionID).isEmpty ? "day \(time.localDaysSince1970)\u{1F}\(title)" : "id \(field(sessionID))"
            let load = ImportedActivity.number(field(weight))
            if let load, let problem = LogLimits.loadProblem(load) { reading.problem(row, problem); continue }
            let values = (reps: Int(field(reps)), seconds: Int(field(seconds)), rir: Int(field(rir)), pain: Int(field(pain)))
            if let n = values.reps, let problem = LogLimits.repsProblem(n) { reading.problem(row, problem); continue }
            if let n = values.seconds, let problem = LogLimits.secondsProblem(n) { reading.problem(row, problem); continue }
            if let n = values.rir, !LogLimits.storedRepsInReserve.contains(n) { reading.problem(row, "rir \(n) is not 0–10"); continue }
            if let n = values.pain, !LogLimits.pain.contains(n) { reading.problem(row, "pain \(n) is not 0–10"); continue }
            let text = field(notes)
            let set = ImportedSet(exercise: "", setNumber: 0, side: sideValue, reps: values.reps, seconds: values.seconds, loadKg: load,
                                  rir: values.rir, pain: values.pain, notes: text.isEmpty ? nil : SafeText.escaped(text, keepingLines: true),
                                  startedAt: time)
            reading.add(key: key, workout: ImportedWorkout(title: SafeText.escaped(title), startedAt: start), name: name, names: names,
                        set: set, requestedNumber: Int(field(number)), keepNumbers: true)
        }
        for i in reading.workouts.indices {
            reading.workouts[i].startedAt = min(reading.workouts[i].startedAt, reading.workouts[i].sets.compactMap(\.startedAt).min() ?? reading.workouts[i].startedAt)
            reading.workouts[i].endedAt = reading.workouts[i].sets.compactMap(\.startedAt).max()
        }
        return reading
    }
}
