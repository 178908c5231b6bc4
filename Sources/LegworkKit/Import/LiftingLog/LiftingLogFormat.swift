/// The training-log CSV layouts `legwork import` reads and `legwork history --csv --format` writes.
public enum LiftingLogFormat: String, CaseIterable, Sendable {
    /// Legwork's own `history --csv` (`date,session,exercise,…,session_id,session_start`).
    case legwork
    /// The Strong app: the older semicolon-separated export (with `Weight Unit`) and the newer
    /// comma-separated one (with `Duration` and 12-hour times).
    case strong
    /// The Hevy app (`title,start_time,end_time,…,exercise_title,set_index,…`).
    case hevy

    /// The app's name in sentences.
    public var name: String {
        switch self {
        case .legwork: "Legwork"
        case .strong: "Strong"
        case .hevy: "Hevy"
        }
    }

    /// The layout of a CSV file from its first line, or nil when it is none of these. The line is read
    /// with both separators, so Strong's semicolon file is found as well as its comma one.
    public static func detect(firstLine line: some StringProtocol) -> (format: LiftingLogFormat, separator: Unicode.Scalar)? {
        for separator: Unicode.Scalar in [",", ";"] {
            let names = Set(line.split(separator: Character(separator)).map { $0.trimmingCharacters(in: "\"\u{FEFF} \r") })
            if names.isSuperset(of: ["Date", "Workout Name", "Exercise Name", "Set Order"]) { return (.strong, separator) }
            if names.isSuperset(of: ["title", "start_time", "exercise_title", "set_index"]) { return (.hevy, separator) }
            if names.isSuperset(of: ["date", "session", "exercise", "set", "side", "weight_kg", "reps"]) { return (.legwork, separator) }
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without the given characters at either end.
    func trimmingCharacters(in characters: String) -> String {
        var s = Substring(self)
        while let first = s.first, characters.contains(first) { s.removeFirst() }
        while let last = s.last, characters.contains(last) { s.removeLast() }
        return String(s)
    }
}
