import LegworkKit

/// "Log a run", from Home: distance, kind, time, day and pain, in plain words. Each field is checked as
/// the command line checks it (`RunWords`, `RunLimits`); Enter asks the app to store the run and the
/// answer (what was logged, any load warning) shows under the form, ready for the next run.
public struct RunLogScreen: TextEntryScreen {
    public enum Field: Int, CaseIterable, Sendable {
        case distance, kind, time, date, pain

        var label: String {
            switch self {
            case .distance: "Distance"
            case .kind: "Kind"
            case .time: "Time"
            case .date: "Day"
            case .pain: "Pain"
            }
        }

        func hint(_ unit: DistanceUnit) -> String {
            switch self {
            case .distance: unit == .km ? "8 km, 21.1 km or 5 mi" : "5 mi, 13.1 mi or 8 km"
            case .kind: "←→ to choose"
            case .time: "1:58:00, or minutes; empty if not known"
            case .date: "YYYY-MM-DD, today unless you change it"
            case .pain: "0 none to 10 worst; empty if none"
            }
        }
    }

    public let today: CalendarDate
    /// The unit a distance typed as a number alone is read in, and the answer is written in.
    public let unit: DistanceUnit
    /// The text typed in each field but the kind.
    public private(set) var texts: [Field: String]
    public private(set) var kind: RunKind = .easy
    public private(set) var focus: Field = .distance
    /// What the last Enter gave: the run logged, or what to change.
    public private(set) var message: (text: String, good: Bool)?
    public private(set) var isSaving = false

    public init(today: CalendarDate, unit: DistanceUnit = .km) {
        self.today = today
        self.unit = unit
        texts = [.distance: "", .time: "", .date: today.description, .pain: ""]
    }

    public var title: String { "Log a run" }
    public var minimumSize: Size { Size(width: 40, height: 12) }
    /// Below this body the line about the plan goes and the focused field's hint moves under the form
    /// (the hints beside the fields need 72 columns to stay whole).
    static let fullBody = Size(width: 72, height: 12)
    public var isEditingText: Bool { focus != .kind }

    enum KeyCommand: Sendable { case next, previous, left, right, type, erase, save, back }

    static let keyTable = KeyTable<KeyCommand>([
        KeyBinding("Tab ↓", "next field", footer: true, footerNames: "Tab", keys: [.key(.tab), .key(.down)], .next),
        KeyBinding("Shift-Tab ↑", "previous field", keys: [.key(.backTab), .key(.up)], .previous),
        KeyBinding("←→", "kind of run", keys: [.key(.left)], .left),
        KeyBinding("", "", keys: [.key(.right)], .right),
        KeyBinding("Enter", "save", footer: true, keys: [.key(.enter)], .save),
        KeyBinding("Esc", "back", footer: true, keys: [.key(.escape)], .back),
        KeyBinding("Backspace", "erase", keys: [.key(.backspace), .key(.delete)], .erase),
        KeyBinding("", "", keys: [.printable], .type),
    ])

    public var keys: [KeyHelp] { Self.keyTable.help }
    public func ignores(_ key: Key) -> Bool { isSaving || !Self.keyTable.takes(key) }

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        switch event {
        case let .message(.runSaved(text)):
            isSaving = false
            message = (text, true)
            texts[.distance] = ""; texts[.time] = ""; texts[.pain] = ""
            focus = .distance
            return []
        case let .message(.failed(text)) where isSaving:
            isSaving = false
            message = (text, false)
            return []
        case let .key(key):
            guard let command = Self.keyTable.command(for: key) else { return [] }
            return handle(command, key: key)
        default:
            return []
        }
    }

    private mutating func handle(_ command: KeyCommand, key: Key) -> [ScreenAction] {
        switch command {
        case .next: focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count)!
        case .previous: focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count)!
        case .left, .right:
            guard focus == .kind, let index = RunKind.allCases.firstIndex(of: kind) else { return [] }
            let step = command == .left ? RunKind.allCases.count - 1 : 1
            kind = RunKind.allCases[(index + step) % RunKind.allCases.count]
        case .type:
            guard focus != .kind, case let .character(c) = key, (texts[focus]?.count ?? 0) < 12 else { return [] }
            texts[focus, default: ""].append(c)
        case .erase:
            guard focus != .kind, !(texts[focus] ?? "").isEmpty else { return [] }
            texts[focus]!.removeLast()
        case .save:
            switch entry() {
            case let .failure(problem):
                message = (problem.text, false)
                focus = problem.field
            case let .success(entry):
                isSaving = true
                message = nil
                return [.command(.saveRun(entry))]
            }
        case .back:
            return [.pop]
        }
        return []
    }

    /// A field and what to change in it.
    struct Problem: Error { var field: Field; var text: String }

    /// The run as typed, checked field by field in the runner's words; the store checks it again.
    func entry() -> Result<RunFormEntry, Problem> {
        let text = { (field: Field) in (texts[field] ?? "").filter { !$0.isWhitespace } }
        guard let metres = unit.metres(typed: text(.distance)) else {
            return .failure(Problem(field: .distance, text: "Distance: type how far, like 8 km, 21.1 km or 5 mi."))
        }
        if let problem = RunLimits.distanceProblem(metres, unit: unit) { return .failure(Problem(field: .distance, text: "Distance: \(problem).")) }
        var seconds: Int?
        if !text(.time).isEmpty {
            guard let value = RunWords.parseDuration(text(.time)) else {
                return .failure(Problem(field: .time, text: "Time: hours, minutes and seconds like 1:58:00, or minutes like 45."))
            }
            seconds = value
        }
        guard let date = CalendarDate(text: text(.date)) else {
            return .failure(Problem(field: .date, text: "Day: the date as year-month-day, like \(today)."))
        }
        guard date <= today else { return .failure(Problem(field: .date, text: "Day: a run is logged once it happened, today or before.")) }
        var pain: Int?
        if !text(.pain).isEmpty {
            guard let value = Int(text(.pain)), LogLimits.pain.contains(value) else {
                return .failure(Problem(field: .pain, text: "Pain: a number from 0 (none) to 10 (worst), or empty."))
            }
            pain = value
        }
        return .success(RunFormEntry(metres: metres, kind: kind, seconds: seconds, date: date, pain: pain))
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let g = context.glyphs
        // A small window: the fields first, the hint of the one in use under them, then the answer.
        let compact = !area.size.fits(Self.fullBody)
        let inner = area.margins(fullAt: Self.fullBody)
        var y = inner.y
        if !compact {
            canvas.write("The run you did: the plan follows your weekly distance.", x: inner.x, y: y, style: .hint, clip: inner)
            y += 2
        }
        let labelWidth = 11, valueWidth = 14
        for field in Field.allCases {
            let focused = field == focus
            canvas.write((focused ? g.pointer : " ") + " " + field.label, x: inner.x, y: y, style: focused ? .emphasis : .plain, clip: inner)
            let value = field == .kind ? "< \(kind.words) >" : (texts[field] ?? "")
            let box = Rect(x: inner.x + labelWidth, y: y, width: valueWidth, height: 1)
            if focused { canvas.fill(box, style: .selected) }
            canvas.write(value, x: box.x, y: y, style: focused ? .selected : .accent, clip: box)
            if !compact { canvas.write(field.hint(unit), x: box.maxX + 2, y: y, style: .hint, clip: inner) }
            y += 1
        }
        if compact, message == nil {
            canvas.write(TextWrap.truncate(focus.label + ": " + focus.hint(unit), width: inner.width, ellipsis: g.ellipsis), x: inner.x, y: y, style: .hint, clip: inner)
        }
        // The answer to the last Enter takes the hint's row in a small window: it may need every row left.
        if !compact || message == nil { y += 1 }
        if isSaving {
            canvas.write("Saving…", x: inner.x, y: y, style: .hint, clip: inner)
        } else if let message {
            for line in TextWrap.lines(message.text, width: min(inner.width, 76)) where y < inner.maxY {
                canvas.write(line, x: inner.x, y: y, style: message.good ? .good : .warn, clip: inner)
                y += 1
            }
        }
    }
}

/// A run from the form, checked, for the app to store (`AppCommand.saveRun`).
public struct RunFormEntry: Sendable, Hashable {
    public var metres: Double
    public var kind: RunKind
    public var seconds: Int?
    public var date: CalendarDate
    public var pain: Int?

    public init(metres: Double, kind: RunKind, seconds: Int?, date: CalendarDate, pain: Int?) {
        self.metres = metres; self.kind = kind; self.seconds = seconds; self.date = date; self.pain = pain
    }
}
