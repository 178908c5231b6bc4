/// Strava's bulk export (`activities.csv`): one row per activity, with Strava's own column names. The
/// export has two "Distance" columns — the first in the runner's units, the second in metres — and two
/// "Elapsed Time" columns, both in seconds; "Activity Date" is UTC ("Nov 29, 2026, 7:58:00 AM").
public enum StravaActivitiesCSV {
    public static let source = "strava"

    /// True when `header` is Strava's.
    public static func matches(_ header: [String]) -> Bool {
        header.contains("Activity ID") && header.contains("Activity Date") && header.contains("Activity Type")
    }

    public static func read(_ table: CSVTable, utcOffsetSeconds: Int) -> RunFileReading {
        var reading = RunFileReading()
        let id = table.columns("Activity ID").first, date = table.columns("Activity Date").first
        let type = table.columns("Activity Type").first
        let distances = table.columns("Distance"), moving = table.columns("Moving Time").first
        let elapsed = table.columns("Elapsed Time").first, cadence = table.columns("Average Cadence").first
        for (row, fields) in table.rows {
            func field(_ index: Int?) -> String? { CSVTable.field(fields, index) }
            guard reading.takes(sport: field(type) ?? "") else { continue }
            guard let activity = field(id), !activity.isEmpty else { reading.problems.append("row \(row): no Activity ID"); continue }
            guard let time = field(date).flatMap(Self.date), let day = ImportedActivity.localDate(time, utcOffsetSeconds: utcOffsetSeconds) else {
                reading.problems.append("row \(row): the Activity Date \"\(field(date) ?? "")\" is not a date"); continue
            }
            // The last Distance column is in metres; an export with one Distance column gives kilometres.
            let metres = distances.count > 1 ? field(distances.last).flatMap(ImportedActivity.number)
                : field(distances.first).flatMap(ImportedActivity.number).map { $0 * 1000 }
            guard let metres, metres > 0 else { reading.problems.append("row \(row): no distance"); continue }
            let seconds = (field(moving).flatMap(ImportedActivity.number) ?? field(elapsed).flatMap(ImportedActivity.number)).map { Int($0.rounded()) }
            reading.runs.append(RunRecord(date: day, metres: metres, seconds: seconds.flatMap { $0 > 0 ? $0 : nil }, kind: ImportedActivity.kind,
                                          source: source, sourceID: activity,
                                          cadence: field(cadence).flatMap(ImportedActivity.number).flatMap(StepRate.stepsPerMinute(recorded:))))
        }
        return reading
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// "Nov 29, 2026, 7:58:00 AM" (UTC) or an ISO-like "2026-11-29 07:58:00".
    static func date(_ text: String) -> WallTime? {
        if let iso = ImportedActivity.time(text.replacing(" ", with: "T", maxReplacements: 1) + (text.contains("Z") ? "" : "Z")) { return iso }
        let words = text.replacing(",", with: " ").split(separator: " ")
        guard words.count >= 4, let month = months.firstIndex(of: words[0].prefix(3).lowercased()),
              let day = Int(words[1]), let year = Int(words[2]) else { return nil }
        let clock = words[3].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3, (0...23).contains(clock[0]), (0...59).contains(clock[1]) else { return nil }
        var hour = clock[0]
        if words.count > 4 {
            let half = words[4].uppercased()
            guard hour >= 1, hour <= 12 else { return nil }
            if half == "PM", hour != 12 { hour += 12 } else if half == "AM", hour == 12 { hour = 0 }
        }
        guard CalendarDate(year: year, month: month + 1, day: day) != nil else { return nil }
        return WallTime(year: year, month: month + 1, day: day, hour: hour, minute: clock[1], second: min(clock[2], 59))
    }
}
