/// What a training-log CSV gave: its workouts in file order, the rows that could not be read (each with
/// its row number and why), and the rows left out on purpose, counted by reason.
public struct LiftingLogReading: Sendable {
    public var format: LiftingLogFormat
    public var workouts: [ImportedWorkout] = []
    public var problems: [String] = []
    /// Rows skipped on purpose ("cardio sets", "runs", "rest timers") and how many.
    public var skipped: [String: Int] = [:]
    /// Exercise names that matched a card, and those kept as the other app wrote them.
    public var matchedNames: Set<String> = []
    public var keptNames: Set<String> = []

    public init(format: LiftingLogFormat) { self.format = format }

    public var setCount: Int { workouts.reduce(0) { $0 + $1.sets.count } }

    /// The rows of one workout come together under `key`, in the order they appear.
    private var index: [String: Int] = [:]
    /// Set numbers taken per workout, exercise and side.
    private var taken: [String: Set<Int>] = [:]

    mutating func add(key: String, workout: @autoclosure () -> ImportedWorkout, name: String, names: ExerciseNames,
                      set: ImportedSet, requestedNumber: Int?, keepNumbers: Bool = false) {
        let position: Int
        if let found = index[key] {
            position = found
        } else {
            position = workouts.count
            index[key] = position
            workouts.append(workout())
        }
        var set = set
        if let id = names.cardID(for: name) {
            set.exercise = id
            matchedNames.insert(name)
        } else {
            set.exercise = SafeText.escaped(name)
            keptNames.insert(name)
        }
        // A file's set order is kept when it is free; sides read from notes are numbered each on their
        // own (the apps number every row), so the left and the right of set 2 are set 2 again; a
        // repeated or missing number takes the next. Legwork's own file has its sides in a column and
        // keeps its numbers (`keepNumbers`).
        let slot = "\(key)\u{1F}\(set.exercise)\u{1F}\(set.side.rawValue)"
        var used = taken[slot] ?? []
        let number = set.side == .both || keepNumbers ? requestedNumber.flatMap { $0 >= 1 && !used.contains($0) ? $0 : nil } : nil
        set.setNumber = number ?? ((used.max() ?? 0) + 1)
        used.insert(set.setNumber)
        taken[slot] = used
        workouts[position].sets.append(set)
    }

    /// The rows of a Strong or Hevy table, each given to `body` with its cells (`field(column)`), its
    /// start and its exercise name; a row without a readable time or a name is a problem instead.
    mutating func eachRow(_ table: CSVTable, time: (column: Int?, name: String), exercise: (column: Int?, name: String), utcOffsetSeconds: Int,
                          _ body: (inout LiftingLogReading, _ row: Int, _ field: (Int?) -> String, _ start: WallTime, _ name: String) -> Void) {
        for (row, fields) in table.rows {
            func field(_ index: Int?) -> String { CSVTable.field(fields, index) ?? "" }
            guard let start = LiftingLogTime.parse(field(time.column), utcOffsetSeconds: utcOffsetSeconds) else {
                problem(row, "the \(time.name) \"\(field(time.column))\" is not a date and time"); continue
            }
            let name = field(exercise.column)
            guard !name.isEmpty else { problem(row, "no \(exercise.name)"); continue }
            body(&self, row, field, start, name)
        }
    }

    /// A Strong or Hevy row: its set read (or skipped, or a problem), in the workout `title` started at
    /// `start` (the app's default title when the cell is empty).
    mutating func add(row: Int, _ set: LiftingLogSet, workout title: String, untitled: String, start: WallTime, end: WallTime?,
                      notes: String, exercise name: String, names: ExerciseNames, requestedNumber: Int?) {
        switch set.read() {
        case let .failure(words): problem(row, words)
        case let .skip(reason): skip(reason)
        case let .set(value):
            let title = title.isEmpty ? untitled : title
            add(key: "\(start.secondsSince1970)\u{1F}\(title)",
                workout: ImportedWorkout(title: SafeText.escaped(title), startedAt: start, endedAt: end.flatMap { $0 >= start ? $0 : nil },
                                         notes: notes.isEmpty ? nil : SafeText.escaped(notes, keepingLines: true)),
                name: name, names: names, set: value, requestedNumber: requestedNumber)
        }
    }

    mutating func skip(_ reason: String) { skipped[reason, default: 0] += 1 }

    /// A problem with row `row`, in words.
    mutating func problem(_ row: Int, _ words: String) { problems.append("row \(row): \(SafeText.escaped(words))") }
}

/// Reads a training-log CSV of any layout `LiftingLogFormat` knows.
public enum LiftingLogCSV {
    /// The reading, or nil when the first line is not a training-log layout. `defaultUnit` is the unit of
    /// a weight column that does not say its own (Strong's newer layout uses the app's setting); times
    /// without an offset are on the runner's clock (`utcOffsetSeconds`).
    public static func read(_ text: String, names: ExerciseNames, defaultUnit: LoadUnit,
                            utcOffsetSeconds: Int) throws(CSVError) -> LiftingLogReading? {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard let (format, separator) = LiftingLogFormat.detect(firstLine: body.prefix { $0 != "\n" && $0 != "\r\n" }) else { return nil }
        let table = try CSVTable(body, separator: separator)
        switch format {
        case .strong: return StrongCSV.read(table, names: names, defaultUnit: defaultUnit, utcOffsetSeconds: utcOffsetSeconds)
        case .hevy: return HevyCSV.read(table, names: names, utcOffsetSeconds: utcOffsetSeconds)
        case .legwork: return LegworkLogCSV.read(table, names: names)
        }
    }

    /// Reps in reserve from an RPE (RPE 10 is no rep left): RIR = 10 − RPE, rounded, within 0–10.
    public static func repsInReserve(rpe: Double) -> Int? {
        guard (1...10).contains(rpe) else { return nil }
        return Int((10 - rpe).rounded())
    }

    /// A whole number as apps write it ("8", "8.0"), or nil.
    static func whole(_ text: String?) -> Int? {
        guard let text, let value = ImportedActivity.number(text), value >= 0, value < 100_000 else { return nil }
        return Int(value.rounded())
    }

    /// A cell Legwork wrote with a leading apostrophe so a spreadsheet keeps it as text (`'=x`), as it was.
    static func unmarked(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let second = cell.unicodeScalars.dropFirst().first,
              ["=", "+", "-", "@", "\t", "\r"].contains(second) else { return cell }
        return String(cell.dropFirst())
    }
}
