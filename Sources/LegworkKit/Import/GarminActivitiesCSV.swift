/// Garmin Connect's activities list exported as CSV: "Activity Type", "Date" (local, "2026-10-12
/// 07:01:22"), "Title", "Distance" (kilometres, or miles when `miles`), "Time" ("00:31:40" or
/// "00:28:10.5"). It carries no activity id: a run is known by its start time.
public enum GarminActivitiesCSV {
    public static let source = "garmin"

    public static func matches(_ header: [String]) -> Bool {
        header.contains("Activity Type") && header.contains("Date") && header.contains("Distance") && !header.contains("Activity ID")
    }

    /// - Parameter miles: the export's distances are miles (Garmin writes the runner's display units).
    public static func read(_ table: CSVTable, miles: Bool = false) -> RunFileReading {
        var reading = RunFileReading()
        let type = table.columns("Activity Type").first, date = table.columns("Date").first
        let distance = table.columns("Distance").first, cadence = table.columns("Avg Run Cadence").first
        let time = table.columns("Moving Time").first ?? table.columns("Time").first ?? table.columns("Elapsed Time").first
        for (row, fields) in table.rows {
            func field(_ index: Int?) -> String? { CSVTable.field(fields, index) }
            guard reading.takes(sport: field(type) ?? "") else { continue }
            let start = field(date) ?? ""
            guard let day = CalendarDate(text: String(start.prefix(10))) else {
                reading.problems.append("row \(row): the Date \"\(start)\" is not a date"); continue
            }
            guard let amount = field(distance).flatMap(ImportedActivity.number), amount > 0 else {
                reading.problems.append("row \(row): no distance"); continue
            }
            // "00:28:10.5": whole seconds are enough.
            let seconds = field(time).flatMap { RunWords.parseDuration(String($0.split(separator: ".").first ?? "")) }
            reading.runs.append(RunRecord(date: day, metres: amount * (miles ? RunWords.metresPerMile : 1000), seconds: seconds.flatMap { $0 > 0 ? $0 : nil },
                                          kind: ImportedActivity.kind, source: source, sourceID: start,
                                          cadence: field(cadence).flatMap(ImportedActivity.number).flatMap(StepRate.stepsPerMinute(recorded:))))
        }
        return reading
    }
}
