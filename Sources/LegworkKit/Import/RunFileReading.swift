/// What one activity file gave: its runs, how many activities were not runs (by type), and the problems
/// of the records that could not be read (the rest is still imported).
public struct RunFileReading: Hashable, Sendable {
    public var runs: [RunRecord] = []
    /// Activities of another sport, by the file's name for it ("Ride": 3).
    public var notRuns: [String: Int] = [:]
    /// Records that could not be read, each with its line or position.
    public var problems: [String] = []

    public init() {}

    public mutating func add(_ other: RunFileReading) {
        runs += other.runs
        notRuns.merge(other.notRuns, uniquingKeysWith: +)
        problems += other.problems
    }

    /// Activities not imported because they are not runs.
    public var notRunCount: Int { notRuns.values.reduce(0, +) }

    /// True for a run (`ImportedActivity.isRun`); another sport is counted under its name and gives false.
    public mutating func takes(sport: String) -> Bool {
        guard ImportedActivity.isRun(type: sport) else {
            notRuns[sport.isEmpty ? "no type" : sport, default: 0] += 1
            return false
        }
        return true
    }
}

/// The rules an imported activity is read by, shared by every file format.
public enum ImportedActivity {
    /// A running activity, by the file's own sport name: Strava "Run", "Trail Run", "Virtual Run"; Garmin
    /// "Running", "Treadmill Running", "Trail Running"; TCX "Running"; GPX "running" (or no type at all).
    public static func isRun(type: String) -> Bool {
        let words = type.lowercased()
        return words.contains("run") && !words.contains("ski")
    }

    /// Imported runs count as `.other` until the runner says which kind they were
    /// (`legwork run --edit ID --kind long`): a file's activity name is the runner's free text.
    public static let kind = RunKind.other

    /// The local calendar day of an instant, at the runner's UTC offset (GPX and TCX times are UTC).
    public static func localDate(_ time: WallTime, utcOffsetSeconds: Int) -> CalendarDate? {
        CalendarDate(text: WallTime(secondsSince1970: time.secondsSince1970, utcOffsetSeconds: utcOffsetSeconds).localDateText)
    }

    /// Parses an ISO-8601 time as watches write it: "2026-11-29T07:58:00Z", with fractions of a second
    /// ("…:00.000Z") or an offset ("…+01:00").
    public static func time(_ text: String) -> WallTime? {
        let trimmed = text.trimmingSpaces
        guard let dot = trimmed.firstIndex(of: "."), trimmed.distance(from: trimmed.startIndex, to: dot) == 19 else {
            return WallTime(iso8601: trimmed)
        }
        let zone = trimmed[dot...].drop { $0 == "." || $0.isNumber }
        return WallTime(iso8601: String(trimmed[..<dot]) + zone)
    }

    /// A decimal number as exports write it: "10.02", "1,020" (thousands) or "7,00" (a decimal comma).
    public static func number(_ text: String) -> Double? {
        var t = text.trimmingSpaces
        if t.isEmpty || t == "--" { return nil }
        if t.contains(",") {
            let parts = t.split(separator: ",", omittingEmptySubsequences: false)
            t = !t.contains(".") && parts.count == 2 && parts[1].count != 3 ? parts.joined(separator: ".") : parts.joined()
        }
        guard let value = Double(t), value.isFinite else { return nil }
        return value
    }
}
