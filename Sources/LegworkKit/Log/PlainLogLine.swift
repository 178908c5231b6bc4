/// Reads a log entry typed as one line in `--plain` mode: `REPS [LOAD [RIR [PAIN [FLAG]]]]`.
///
/// - REPS: reps done per set, `8/7` for left/right of a one-sided exercise (ignored for holds).
/// - LOAD: a number in the runner's unit, or with its own (`25lb`, `11kg`); 0 means body weight. RIR: reps left in reserve, 0–5. PAIN: 0–10.
/// - FLAG: `y` (or `yes`, `flag`) answers yes to the warning-sign question.
/// A missing field or `-` keeps the planned value; an empty line confirms the plan.
public enum PlainLogLine {
    /// The format in words, for --help and the prompt.
    public static let help = """
        REPS [LOAD [RIR [PAIN [FLAG]]]], e.g. "12 0 2 1" = 12 reps, body weight, 2 reps in reserve, \
        pain 1/10; LOAD in your unit, or "25lb", "11kg"; "8/7" = 8 left, 7 right; "-" or nothing keeps the plan; FLAG "y" = a warning sign \
        (a pop, giving way, numbness, bone pain); an empty line = as planned
        """

    /// The entry for `item`, or a message saying what is wrong with the line.
    /// A load without its unit is in `unit`, the runner's.
    public static func parse(_ line: String, for item: SessionItem, unit: LoadUnit = .kg) -> Result<ExerciseLogEntry, LogLineError> {
        let planned = ExerciseLogEntry.planned(for: item)
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
        guard fields.count <= 5 else { return .failure(LogLineError("too many fields: \(help)")) }
        func field(_ index: Int) -> String? {
            guard index < fields.count, fields[index] != "-" else { return nil }
            return fields[index]
        }
        var reps = planned.repsPerSide
        if let text = field(0), !planned.repsPerSide.isEmpty {
            let parts = text.split(separator: "/").map { Int($0) }
            guard !parts.isEmpty, parts.count <= 2, parts.allSatisfy({ $0 != nil }) else {
                return .failure(LogLineError("reps \"\(text)\" is not a number (or LEFT/RIGHT like 8/7)"))
            }
            let numbers = parts.compactMap { $0 }
            reps = item.unilateral ? (numbers.count == 2 ? numbers : [numbers[0], numbers[0]]) : [numbers[0]]
        }
        var load = planned.loadKg
        if let text = field(1) {
            guard let kg = unit.kilograms(typed: text) else {
                return .failure(LogLineError("load \"\(text)\" is not a weight: a number (in \(unit.rawValue)), or 25lb, 11kg"))
            }
            load = kg == 0 ? nil : kg
        }
        var rir = planned.repsInReserve
        if let text = field(2) {
            guard let value = Int(text) else { return .failure(LogLineError("reps in reserve \"\(text)\" is not a whole number 0–5")) }
            rir = value
        }
        var pain = planned.pain
        if let text = field(3) {
            guard let value = Int(text) else { return .failure(LogLineError("pain \"\(text)\" is not a whole number 0–10")) }
            pain = value
        }
        var flag = false
        if let text = field(4) {
            switch text.lowercased() {
            case "y", "yes", "flag": flag = true
            case "n", "no": flag = false
            default: return .failure(LogLineError("warning sign \"\(text)\" is not y or n"))
            }
        }
        do {
            return .success(try ExerciseLogEntry(repsPerSide: reps, loadKg: load, repsInReserve: rir, pain: pain, redFlag: flag))
        } catch {
            return .failure(LogLineError("\(error)"))
        }
    }
}

/// What is wrong with a typed log line.
public struct LogLineError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
