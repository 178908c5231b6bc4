/// The Hevy app's CSV: one row per set, `title,start_time,end_time,description,exercise_title,superset_id,
/// exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe` (`weight_lbs` and
/// `distance_miles` when the app is set to pounds), times as "7 Dec 2026, 08:00" on the runner's clock,
/// `set_index` counted from 0 in each exercise, `set_type` normal, warmup, failure or dropset. Hevy has no
/// column for a set's side or pain: Legwork writes them in `exercise_notes`, which it reads back.
public enum HevyCSV {
    public static func columns(unit: LoadUnit) -> [String] {
        ["title", "start_time", "end_time", "description", "exercise_title", "superset_id", "exercise_notes", "set_index", "set_type",
         unit == .kg ? "weight_kg" : "weight_lbs", "reps", unit == .kg ? "distance_km" : "distance_miles", "duration_seconds", "rpe"]
    }

    /// One row per set of every training session, oldest first; `names` gives each card id's name.
    public static func text(_ sessions: [LoggedSession], names: [String: String], unit: LoadUnit) -> String {
        let writer = LiftingLogWriter(names: names, unit: unit)
        var out = LogCSV.row(columns(unit: unit))
        for logged in LiftingLogWriter.exported(sessions) {
            let session = logged.session
            var index: [String: Int] = [:]
            for (set, _) in LiftingLogWriter.ordered(logged.sets) {
                let position = index[set.exerciseID, default: 0]
                index[set.exerciseID] = position + 1
                out += LogCSV.row([
                    LogCSV.textCell(session.title), LiftingLogTime.hevy(session.startedAt), LiftingLogTime.hevy(LiftingLogWriter.end(logged)),
                    LogCSV.textCell(session.notes ?? "", keepingLines: true), writer.name(set.exerciseID), "", LiftingLogWriter.notes(set),
                    String(position), SetNotes(reading: set.notes ?? "").warmUp ? "warmup" : "normal", writer.weight(set), set.reps.map(String.init) ?? "", "",
                    set.seconds.map(String.init) ?? "", LiftingLogWriter.rpe(set),
                ])
            }
        }
        return out
    }

    static func read(_ table: CSVTable, names: ExerciseNames, utcOffsetSeconds: Int) -> LiftingLogReading {
        var reading = LiftingLogReading(format: .hevy)
        func column(_ name: String) -> Int? { table.columns(name).first }
        let title = column("title"), start = column("start_time"), end = column("end_time"), description = column("description")
        let exercise = column("exercise_title"), notes = column("exercise_notes"), index = column("set_index"), type = column("set_type")
        let pounds = column("weight_kg") == nil && column("weight_lbs") != nil
        let weight = column(pounds ? "weight_lbs" : "weight_kg"), reps = column("reps")
        let distance = column("distance_km") ?? column("distance_miles"), seconds = column("duration_seconds"), rpe = column("rpe")
        reading.eachRow(table, time: (start, "start_time"), exercise: (exercise, "exercise_title"), utcOffsetSeconds: utcOffsetSeconds) {
            reading, row, field, started, name in
            let set = LiftingLogSet(weight: field(weight), unit: pounds ? .lb : .kg, reps: field(reps), seconds: field(seconds), rpe: field(rpe),
                                    distance: field(distance), notes: field(notes), warmUp: field(type).lowercased() == "warmup")
            reading.add(row: row, set, workout: field(title), untitled: "Hevy workout", start: started,
                        end: LiftingLogTime.parse(field(end), utcOffsetSeconds: utcOffsetSeconds), notes: field(description),
                        exercise: name, names: names, requestedNumber: LiftingLogCSV.whole(field(index)).map { $0 + 1 })
        }
        return reading
    }
}
