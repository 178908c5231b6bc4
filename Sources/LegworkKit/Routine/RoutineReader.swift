import Foundation

/// Reads a routine file (docs/routine-format.md) against the catalog. Every problem is collected with its
/// line and field, so one run reports them all; a card named by a near miss gets "did you mean".
///
/// JSON, through the catalog's own strict parser (`JSONParser.parseLocated`), because it keeps each
/// value's line: Foundation's decoder reports neither the line nor a repeated key, and no TOML reader is
/// available to this package.
public struct RoutineReader {
    public static let formatVersion = 1
    static let fileFields = ["format", "title", "author", "written", "note", "warmUp", "exercises", "coolDown"]
    static let exerciseFields = ["card", "sets", "reps", "seconds", "tempo", "rest", "side", "load", "note"]
    /// Characters in a title, an author or a load; a note may be longer.
    static let shortText = TextLimits.name
    static let noteText = 300

    let source: String
    let catalog: Catalog
    private var lines: [String: Int] = [:]
    private var problems: [RoutineError] = []

    private init(source: String, catalog: Catalog) { self.source = source; self.catalog = catalog }

    /// The routine in `text`.
    /// - Parameter source: how messages name the file ("knee.json").
    /// - Throws: `RoutineErrors`, every problem with its line and field.
    public static func read(_ text: String, source: String, catalog: Catalog) throws(RoutineErrors) -> Routine {
        var reader = RoutineReader(source: source, catalog: catalog)
        let root: ParsedJSON
        do {
            (root, reader.lines) = try JSONParser.parseLocated(text)
        } catch {
            throw RoutineErrors([RoutineError(source: source, line: error.line, field: nil,
                                              message: "not valid JSON at column \(error.column): \(error.message)")])
        }
        let routine = reader.routine(root)
        guard reader.problems.isEmpty, let routine else {
            // In file order, as a person reads them; problems of one line in the order they were found.
            let ordered = reader.problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
            throw RoutineErrors(ordered)
        }
        return routine
    }

    // MARK: - The file

    private mutating func routine(_ root: ParsedJSON) -> Routine? {
        guard case let .object(members) = root else {
            report("", "the file must be an object: {\"title\": …, \"exercises\": […]}, not \(root.kindName)")
            return nil
        }
        var fields = JSONFields(members: members, path: "", known: Self.fileFields)
        if let format = fields.take("format") { _ = int(format, at: "format", in: Self.formatVersion...Self.formatVersion) }
        let title = text(fields.take("title"), at: "title", limit: Self.shortText, required: true)
        let author = text(fields.take("author"), at: "author", limit: Self.shortText)
        let note = text(fields.take("note"), at: "note", limit: Self.noteText)
        var written: CalendarDate?
        if let value = fields.take("written") {
            if case let .string(s) = value, let date = CalendarDate(text: s) { written = date } else {
                report("written", "a date written YYYY-MM-DD, such as 2026-11-30 (found \(describe(value)))")
            }
        }
        let warmUp = list(fields.take("warmUp"), at: "warmUp", required: false)
        let exercises = list(fields.take("exercises"), at: "exercises", required: true)
        let coolDown = list(fields.take("coolDown"), at: "coolDown", required: false)
        finish(fields)
        let count = warmUp.count + exercises.count + coolDown.count
        if count > RoutineLimits.exercises.upperBound {
            report("exercises", "\(count) exercises is more than one session holds (at most \(RoutineLimits.exercises.upperBound))")
        }
        return Routine(title: title ?? "", author: author, written: written, note: note, warmUp: warmUp, exercises: exercises, coolDown: coolDown)
    }

    private mutating func list(_ value: ParsedJSON?, at path: String, required: Bool) -> [RoutineExercise] {
        guard let value else {
            if required { report(path, "missing: a routine needs at least one exercise", line: 1) }
            return []
        }
        guard case let .array(items) = value else {
            report(path, "a list of exercises […], not \(value.kindName)")
            return []
        }
        if required, items.isEmpty { report(path, "empty: a routine needs at least one exercise") }
        return items.enumerated().compactMap { exercise($1, at: "\(path).\($0 + 1)") }
    }

    // MARK: - One exercise

    private mutating func exercise(_ value: ParsedJSON, at path: String) -> RoutineExercise? {
        guard case let .object(members) = value else {
            report(path, "an exercise is an object such as {\"card\": \"glute_bridge\", \"sets\": 3, \"reps\": 10}, not \(value.kindName)")
            return nil
        }
        var fields = JSONFields(members: members, path: path, known: Self.exerciseFields)
        let card = self.card(fields.take("card"), at: fields.path("card"), parent: path)
        let sets = required(fields.take("sets"), at: fields.path("sets"), parent: path) { me, v, p in me.int(v, at: p, in: RoutineLimits.sets) }
        let repsValue = fields.take("reps"), secondsValue = fields.take("seconds")
        var reps: ClosedRange<Int>?, seconds: Int?
        switch (repsValue, secondsValue) {
        case (nil, nil): report(path, "give \"reps\" (10, or a range \"8-12\") or \"seconds\" (a hold)", line: line(path))
        case (_?, _?): report(fields.path("seconds"), "give reps or seconds, not both")
        case let (value?, nil): reps = self.reps(value, at: fields.path("reps"))
        case let (nil, value?): seconds = int(value, at: fields.path("seconds"), in: RoutineLimits.seconds)
        }
        var tempo: Tempo?
        if let value = fields.take("tempo") {
            if case let .string(s) = value, let parsed = Tempo(text: s) { tempo = parsed } else {
                report(fields.path("tempo"), "a tempo such as \"3-1-1\" (seconds down, pause, up), \"iso\", \"fast\" or \"slow\" (found \(describe(value)))")
            }
        }
        let rest = fields.take("rest").flatMap { int($0, at: fields.path("rest"), in: RoutineLimits.rest) }
        var side = RoutineExercise.SideChoice.both
        if let value = fields.take("side") {
            let valid = RoutineExercise.SideChoice.allCases.map(\.rawValue)
            if case let .string(s) = value, let choice = RoutineExercise.SideChoice(rawValue: s.lowercased()) {
                side = choice
                if choice != .both, let card, !card.unilateral {
                    report(fields.path("side"), "\(card.name) works both legs together; \"\(s)\" fits a one-leg exercise only")
                }
            } else {
                report(fields.path("side"), UnknownValueError(what: "side", value: describe(value), valid: valid).description)
            }
        }
        let load = text(fields.take("load"), at: fields.path("load"), limit: Self.shortText)
        let note = text(fields.take("note"), at: fields.path("note"), limit: Self.noteText)
        finish(fields)
        guard let card, let sets, reps != nil || seconds != nil else { return nil }
        return RoutineExercise(card: card.id, sets: sets, reps: reps, seconds: seconds, tempo: tempo, rest: rest, side: side, load: load, note: note)
    }

    /// The card named by id or by name; "did you mean" for a near miss.
    private mutating func card(_ value: ParsedJSON?, at path: String, parent: String) -> ExerciseCard? {
        guard let value else {
            report(path, "missing: the exercise's card id or name, such as \"glute_bridge\"", line: line(parent))
            return nil
        }
        guard case let .string(name) = value, !name.isEmpty else {
            report(path, "a card id or name in quotes, such as \"glute_bridge\" (found \(describe(value)))")
            return nil
        }
        do { return try catalog.card(named: name) } catch {
            report(path, error.description)
            return nil
        }
    }

    private mutating func reps(_ value: ParsedJSON, at path: String) -> ClosedRange<Int>? {
        if case .number = value { return int(value, at: path, in: RoutineLimits.reps).map { $0...$0 } }
        let rule = "a whole number from \(RoutineLimits.reps.lowerBound) to \(RoutineLimits.reps.upperBound), or a range such as \"8-12\""
        guard case let .string(text) = value else { report(path, "\(rule) (found \(describe(value)))"); return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let low = parts[0], let high = parts[1], RoutineLimits.reps.contains(low), RoutineLimits.reps.contains(high) else {
            report(path, "\(rule) (found \"\(text)\")")
            return nil
        }
        guard low <= high else { report(path, "write the range low to high: \"\(high)-\(low)\", not \"\(text)\""); return nil }
        return low...high
    }

    // MARK: - Values

    private mutating func required<T>(_ value: ParsedJSON?, at path: String, parent: String,
                                      _ read: (inout RoutineReader, ParsedJSON, String) -> T?) -> T? {
        guard let value else { report(path, "missing", line: line(parent)); return nil }
        return read(&self, value, path)
    }

    private mutating func int(_ value: ParsedJSON, at path: String, in range: ClosedRange<Int>) -> Int? {
        let rule = "a whole number from \(range.lowerBound) to \(range.upperBound)"
        guard case let .number(text) = value, let number = Int(text) else {
            report(path, "\(rule) (found \(describe(value)))")
            return nil
        }
        guard range.contains(number) else { report(path, "\(rule) (found \(number))"); return nil }
        return number
    }

    private mutating func text(_ value: ParsedJSON?, at path: String, limit: Int, required: Bool = false) -> String? {
        guard let value else {
            if required { report(path, "missing: the routine's name, such as \"Knee programme\"", line: 1) }
            return nil
        }
        guard case let .string(raw) = value else { report(path, "text in quotes (found \(describe(value)))"); return nil }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty, required { report(path, "empty: give the routine a name"); return nil }
        if SafeText.hasUnsafe(text) { report(path, "control characters are not allowed"); return nil }
        if text.count > limit { report(path, "\(text.count) characters, more than \(limit)"); return nil }
        return text.isEmpty ? nil : text
    }

    /// Unknown keys (typos) and keys given twice.
    private mutating func finish(_ fields: JSONFields) {
        for key in fields.repeated { report(fields.path(key), "given twice; JSON would keep only the last one") }
        for key in fields.unread {
            let hint = Suggestions.didYouMean(Suggestions.closest(to: key, in: fields.known)).map { "; \($0)" } ?? ""
            report(fields.path(key), "unknown field\(hint) (fields: \(fields.known.joined(separator: ", ")))")
        }
    }

    private func line(_ path: String) -> Int { lines[path] ?? 1 }

    private mutating func report(_ path: String, _ message: String, line: Int? = nil) {
        problems.append(RoutineError(source: source, line: line ?? self.line(path), field: path.isEmpty ? nil : path, message: message))
    }

    private func describe(_ value: ParsedJSON) -> String {
        switch value {
        case let .string(s): "\"\(s)\""
        case let .number(n): n
        default: value.kindName
        }
    }
}
