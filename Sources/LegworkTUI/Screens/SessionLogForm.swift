import Foundation
import LegworkKit

/// The quick entry after each exercise — each set and side as it was logged (reps or seconds held),
/// load, reps in reserve, pain, red flag — prefilled with what the sets recorded so that Enter alone
/// confirms it: a set ended early shows the reps reached, a skipped one 0.
///
/// The runner shows it inline while the engine waits for the log, so the engine keeps one owner: the
/// form only edits text and, on Enter, hands back a checked `ExerciseLogEntry` with one `SetEntry` per
/// set and side.
public struct SessionLogForm: Sendable, Equatable {
    /// One line of the form.
    public enum Field: Sendable, Equatable {
        /// What one set (one side of it) came to: reps, or seconds held for timed work.
        case set(Int, Side?, of: Int, timed: Bool)
        case load
        case repsInReserve
        case pain
        case redFlag

        public var label: String {
            switch self {
            case let .set(number, side, sets, timed):
                let what = sets > 1 ? "Set \(number)" : (timed ? "Seconds held" : "Reps done")
                return side.map { "\(what), \($0.rawValue)" } ?? what
            case .load: return "Load"
            case .repsInReserve: return "Reps in reserve"
            case .pain: return "Pain 0-10"
            case .redFlag: return "Red-flag symptom?"
            }
        }

        /// What the field means and what it takes, shown next to it.
        public var hint: String {
            switch self {
            case .set(_, _, _, false): "reps done, 0 if skipped"
            case .set(_, _, _, true): "seconds held, 0 if skipped"
            case .load: "empty = body weight"
            case .repsInReserve: "0-5: how many more you could have done"
            case .pain: "0 none, 10 worst imaginable"
            case .redFlag: "y if yes: a pop, giving way, numbness"
            }
        }
    }

    /// What a key did to the form.
    public enum Outcome: Sendable, Equatable {
        /// The key edited the form or moved the focus.
        case edited
        /// Enter with every field valid: the entry to log.
        case submit(ExerciseLogEntry)
        /// Enter with an invalid field: the focus moved to it and its message shows.
        case invalid
        /// The form does not use this key.
        case ignored
    }

    public let item: SessionItem
    public let fields: [Field]
    /// The text of each field, as typed.
    public private(set) var texts: [String]
    public private(set) var focus: Int = 0
    /// The focused field still holds its prefilled text: the first character typed replaces it.
    private var fresh = true
    /// The load each set logged, by field index: kept unless the runner changes the load field.
    private let setLoads: [Int: Double]
    /// The load field as prefilled, to tell a change from a confirmation.
    private let loadPrefill: String
    /// The last set's load as logged, kept exactly when the field is confirmed as prefilled.
    private let prefillKg: Double?
    /// The unit loads are shown and typed in: a number alone is in it ("25" with pounds is 25 lb).
    public let unit: LoadUnit

    /// A form for `item` prefilled with `records`, what its sets recorded (a set missing there was
    /// skipped and shows 0), and the load of the last set in `unit`.
    public init(item: SessionItem, records: [PerformedSet], unit: LoadUnit = .kg) {
        self.item = item
        self.unit = unit
        let planned = ExerciseLogEntry.planned(for: item)
        let timed = item.targetReps == nil
        var fields: [Field] = []
        var texts: [String] = []
        var loads: [Int: Double] = [:]
        for set in 1...max(1, item.dose.sets) {
            for side in item.unilateral ? [Side.left, .right] : [nil] {
                let done = records.first { $0.set == set && $0.side == side }
                if let kg = done?.loadKg { loads[fields.count] = kg }
                fields.append(.set(set, side, of: item.dose.sets, timed: timed))
                texts.append(String((timed ? done?.seconds : done?.reps) ?? 0))
            }
        }
        // A side behind at the strength check did one more set alone: its own field, its own set.
        if item.unilateral, let side = item.extraSetSide {
            let extra = item.dose.sets + 1
            let done = records.first { $0.set == extra && $0.side == side }
            if let kg = done?.loadKg { loads[fields.count] = kg }
            fields.append(.set(extra, side, of: extra, timed: timed))
            texts.append(String((timed ? done?.seconds : done?.reps) ?? 0))
        }
        let load = records.last?.loadKg.map { unit.number(kilograms: $0) } ?? ""
        self.prefillKg = records.last?.loadKg
        fields.append(.load)
        texts.append(load)
        if !timed {
            fields.append(.repsInReserve)
            texts.append(String(planned.repsInReserve))
        }
        fields += [.pain, .redFlag]
        texts += [String(planned.pain), planned.redFlag ? "y" : "n"]
        self.fields = fields
        self.texts = texts
        self.setLoads = loads
        self.loadPrefill = load
    }

    // MARK: Keys

    /// Tab/Shift-Tab and the arrows move, digits and "." type (the first replaces the prefilled value),
    /// Backspace deletes, y/n answer the red-flag question (no other key changes it: a stray key must
    /// never report a warning sign), Enter submits.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .tab, .down:
            move(by: 1)
        case .backTab, .up:
            move(by: -1)
        case .enter:
            if let bad = fields.indices.first(where: { error(at: $0) != nil }) {
                focus = bad
                fresh = false
                return .invalid
            }
            guard let entry = try? entry() else { return .invalid }
            return .submit(entry)
        case .backspace, .delete:
            if !texts[focus].isEmpty { texts[focus].removeLast() }
            fresh = false
        case let .character(c) where fields[focus] == .redFlag:
            switch c {
            case "y", "Y": texts[focus] = "y"
            case "n", "N": texts[focus] = "n"
            default: return .ignored
            }
        case .character(" ") where !fresh && !texts[focus].isEmpty:
            // Kept, so that "8 12" is refused with a message rather than read as 812.
            if texts[focus].count < 6 { texts[focus].append(" ") }
        case let .character(c) where fields[focus] == .load && !fresh && "kglbsKGLBS".contains(c):
            // A unit after the number: "25lb", "11kg" (a number alone is in the runner's unit).
            if texts[focus].count < 8 { texts[focus].append(Character(c.lowercased())) }
        case let .character(c) where c.isASCII && (c.isNumber || c == "." || c == ","):
            if fresh { texts[focus] = "" }
            fresh = false
            // A decimal comma is a decimal point (12,5 kg).
            if texts[focus].count < 6 { texts[focus].append(c == "," ? "." : c) }
        default:
            return .ignored
        }
        return .edited
    }

    private mutating func move(by step: Int) {
        focus = (focus + step + fields.count) % fields.count
        fresh = true
    }

    // MARK: Values

    /// What is wrong with field `index` and what to enter instead; nil when it is valid.
    public func error(at index: Int) -> String? {
        let text = texts[index].trimmingCharacters(in: .whitespaces)
        if fields[index] != .redFlag, text.contains(" ") {
            return "one number per field: \"\(text)\" is two. Tab moves to the next field"
        }
        switch fields[index] {
        case .set(_, _, _, false):
            guard let n = Int(text) else { return "enter the reps you did, a whole number (0 if you skipped it)" }
            return LogLimits.repsProblem(n)
        case .set(_, _, _, true):
            guard let n = Int(text) else { return "enter the seconds you held it, a whole number (0 if you skipped it)" }
            return LogLimits.secondsProblem(n)
        case .load:
            if text.isEmpty { return nil }
            guard let kg = unit.kilograms(typed: text) else {
                return unit == .kg ? "enter kilograms like 12.5 (or pounds like 25lb), or leave it empty for body weight"
                    : "enter pounds like 25 (or kilograms like 11kg), or leave it empty for body weight"
            }
            return LogLimits.loadProblem(kg, unit: unit)
        case .repsInReserve:
            guard let n = Int(text) else { return "enter 0-5: how many more reps you could have done" }
            return (0...5).contains(n) ? nil : SessionError.repsInReserveOutOfRange(n).description
        case .pain:
            guard let n = Int(text) else { return "enter pain from 0 (none) to 10 (worst imaginable)" }
            return (0...10).contains(n) ? nil : SessionError.painOutOfRange(n).description
        case .redFlag:
            return text == "y" || text == "n" ? nil : "answer y or n"
        }
    }

    /// The entry the form holds now: one `SetEntry` per set and side. Each set keeps the load it
    /// logged unless the load field was changed, which then sets every set's load.
    /// - Throws: `SessionError` when a value is out of range (`error(at:)` explains it first).
    public func entry() throws(SessionError) -> ExerciseLogEntry {
        var rir = SessionDefaults.defaultRepsInReserve, pain = 0, red = false
        var load: Double?
        for (field, text) in zip(fields, texts) {
            switch field {
            case .set: break
            case .load: load = text.isEmpty ? nil : unit.kilograms(typed: text)
            case .repsInReserve: rir = Int(text) ?? -1
            case .pain: pain = Int(text) ?? -1
            case .redFlag: red = text == "y"
            }
        }
        let loadChanged = texts[fields.firstIndex(of: .load) ?? 0] != loadPrefill
        // Confirmed as shown: the load logged, not its rounded figure read back (10 kg shown as 22 lb).
        if !loadChanged { load = prefillKg }
        var sets: [SetEntry] = []
        for (index, field) in fields.enumerated() {
            guard case let .set(number, side, _, timed) = field else { continue }
            let value = Int(texts[index]) ?? -1
            let kg = loadChanged ? load : (setLoads[index] ?? load)
            sets.append(try SetEntry(set: number, side: side, reps: timed ? nil : value, seconds: timed ? value : nil, loadKg: kg))
        }
        return try ExerciseLogEntry(repsPerSide: [], loadKg: load, repsInReserve: rir, pain: pain, redFlag: red, sets: sets)
    }

    // MARK: View

    /// A field's label, the load's with its unit: "Load (lb)".
    public func label(of field: Field) -> String {
        field == .load ? "\(field.label) (\(unit.rawValue))" : field.label
    }

    /// Draws the form in `area`: a heading, one row per field with its hint, the focused field's
    /// message when invalid, and the keys.
    public func render(into canvas: inout Canvas, area: Rect, context: RenderContext) {
        let g = context.glyphs
        var y = area.y
        canvas.write("How did it go?", x: area.x, y: y, style: .title, clip: area)
        y += 1
        let planned = item.unilateral ? "\(item.dose.summary) per side" : item.dose.summary
        canvas.write(TextWrap.truncate("\(item.name) \(g.separator) planned \(planned)", width: area.width, ellipsis: g.ellipsis), x: area.x, y: y, style: .emphasis, clip: area)
        y += 2
        let labelWidth = fields.map { DisplayWidth.of(label(of: $0)) }.max() ?? 0
        let boxWidth = 8
        // Rows beyond the window scroll so the focused one shows; two rows stay for the message.
        let room = max(1, area.maxY - y - 2)
        let first = min(max(0, focus - room + 1), max(0, fields.count - room))
        for (index, field) in fields.enumerated().dropFirst(first).prefix(room) where y < area.maxY {
            let focused = index == focus
            let x = canvas.write(focused ? g.pointer : " ", x: area.x, y: y, style: .accent, clip: area)
            canvas.write(label(of: field), x: x + 1, y: y, style: focused ? .emphasis : .plain, clip: area)
            let boxX = x + 2 + labelWidth + 1
            let value = texts[index] + String(repeating: " ", count: max(0, boxWidth - 2 - DisplayWidth.of(texts[index])))
            let invalid = error(at: index) != nil
            canvas.write("[\(value)]", x: boxX, y: y, style: focused ? .selected : (invalid ? .danger : .plain), clip: area)
            let hintX = boxX + boxWidth + 2
            canvas.write(TextWrap.truncate(field.hint, width: max(0, area.maxX - hintX), ellipsis: g.ellipsis), x: hintX, y: y, style: .hint, clip: area)
            y += 1
        }
        y += 1
        if let message = fields.indices.lazy.compactMap({ index in self.error(at: index).map { (index, $0) } }).first {
            // Shown while the value is wrong, not only after Enter: the runner sees why at once.
            for line in TextWrap.lines(message.1, width: area.width).prefix(2) where y < area.maxY {
                canvas.write(line, x: area.x, y: y, style: .danger, clip: area)
                y += 1
            }
        } else if y < area.maxY {
            canvas.write("Enter saves \(g.separator) Tab moves \(g.separator) type to change a value", x: area.x, y: y, style: .hint, clip: area)
        }
    }
}
