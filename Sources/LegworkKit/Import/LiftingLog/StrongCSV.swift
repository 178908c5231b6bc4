/// The Strong app's CSV. Strong has shipped two layouts, both read here (columns found by name):
/// - older: semicolon-separated, `Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;
///   Distance;Distance Unit;Seconds;Notes;Workout Notes` (some with `Workout Duration`), 24-hour times;
/// - newer: comma-separated, `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,
///   Seconds,Notes,Workout Notes,RPE`, 12-hour times ("2024-05-07 6:51:21 PM"), weights in the unit the
///   app is set to, and `W`/`D`/`F` set orders for warm-up, drop and failure sets.
/// Legwork writes the older layout, the one that carries its weight unit (and the one Hevy imports).
public enum StrongCSV {
    public static let columns = ["Date", "Workout Name", "Exercise Name", "Set Order", "Weight", "Weight Unit", "Reps", "RPE",
                                 "Distance", "Distance Unit", "Seconds", "Notes", "Workout Notes", "Workout Duration"]
    static let separator: Unicode.Scalar = ";"

    /// One row per set of every training session, oldest first; `names` gives each card id's name.
    public static func text(_ sessions: [LoggedSession], names: [String: String], unit: LoadUnit) -> String {
        let writer = LiftingLogWriter(names: names, unit: unit)
        var out = LogCSV.row(columns, separator: separator)
        for logged in LiftingLogWriter.exported(sessions) {
            let session = logged.session
            let duration = max(0, LiftingLogWriter.end(logged).secondsSince1970 - session.startedAt.secondsSince1970)
            for (set, order) in LiftingLogWriter.ordered(logged.sets) {
                out += LogCSV.row([
                    LiftingLogTime.strong(session.startedAt), LogCSV.textCell(session.title), writer.name(set.exerciseID),
                    String(order), set.loadKg == nil ? "0" : writer.weight(set), unit == .kg ? "kg" : "lbs",
                    String(set.reps ?? 0), LiftingLogWriter.rpe(set), "", "", String(set.seconds ?? 0),
                    LiftingLogWriter.notes(set), LogCSV.textCell(session.notes ?? "", keepingLines: true), durationText(duration),
                ], separator: separator)
            }
        }
        return out
    }

    /// "1h 5m", "45m": Strong's way of writing a workout's length.
    static func durationText(_ seconds: Int64) -> String {
        let minutes = (seconds + 30) / 60
        return minutes >= 60 ? "\(minutes / 60)h \(minutes % 60)m" : "\(minutes)m"
    }

    static func read(_ table: CSVTable, names: ExerciseNames, defaultUnit: LoadUnit, utcOffsetSeconds: Int) -> LiftingLogReading {
        var reading = LiftingLogReading(format: .strong)
        func column(_ name: String) -> Int? { table.columns(name).first }
        let date = column("Date"), workout = column("Workout Name"), exercise = column("Exercise Name")
        let order = column("Set Order"), weight = column("Weight"), unitColumn = column("Weight Unit"), reps = column("Reps")
        let rpe = column("RPE"), distance = column("Distance"), seconds = column("Seconds"), notes = column("Notes")
        let workoutNotes = column("Workout Notes"), duration = column("Duration") ?? column("Workout Duration")
        reading.eachRow(table, time: (date, "Date"), exercise: (exercise, "Exercise Name"), utcOffsetSeconds: utcOffsetSeconds) {
            reading, row, field, start, name in
            let orderText = field(order)
            if orderText.lowercased().hasPrefix("rest") { reading.skip("rest timers"); return }
            let unit = field(unitColumn).isEmpty ? defaultUnit : LoadUnit(words: field(unitColumn))
            guard let unit else { reading.problem(row, "the Weight Unit \"\(field(unitColumn))\" is neither kg nor lbs"); return }
            let set = LiftingLogSet(weight: field(weight), unit: unit, reps: field(reps), seconds: field(seconds), rpe: field(rpe),
                                    distance: field(distance), notes: field(notes), warmUp: orderText.uppercased() == "W")
            reading.add(row: row, set, workout: field(workout), untitled: "Strong workout", start: start,
                        end: LiftingLogTime.duration(field(duration)).map { start.adding(seconds: Int64($0)) }, notes: field(workoutNotes),
                        exercise: name, names: names, requestedNumber: Int(orderText))
        }
        return reading
    }
}
