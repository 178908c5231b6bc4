import LegworkKit

/// The check-in before a strength session: pain now for each current injury, the morning after the last
/// session, and any new warning sign. Made to take under ten seconds. Answers are about today: every
/// question opens unanswered (last time's pain shown as a hint beside it), and one left blank is recorded
/// as not answered, never as last time's answer. A warning sign changes only on an explicit key (Space,
/// `y` or `n`), never by accident.
public struct CheckInScreen: Screen {
    /// Where the answers lead, as a value: the environment records them and opens what follows. Pure:
    /// it builds a route from the answers and reads nothing.
    public typealias Next = @Sendable (CheckIn) -> any Route

    enum Row: Equatable {
        case pain(Injury)
        case morning
        case sign(RedFlag)
    }

    public private(set) var checkIn: CheckIn
    let questions: CheckInQuestions
    let rows: [Row]
    var selection: ListSelection
    let next: Next
    /// The first digit typed on a pain row, so "1" then "0" makes 10.
    private var typedOne = false

    public init(questions: CheckInQuestions, next: @escaping Next) {
        checkIn = questions.answers
        self.questions = questions
        var rows: [Row] = questions.injuries.map(Row.pain)
        if questions.asksMorning { rows.append(.morning) }
        rows += RedFlag.allCases.map(Row.sign)
        self.rows = rows
        selection = ListSelection(count: rows.count)
        self.next = next
    }

    public var title: String { "Check-in" }
    /// What Enter does, and what a blank answer means: said on the screen, since nothing is pre-filled.
    static let headline = "Before you start: a few seconds. Enter starts."
    static let blankMeans = "Answer for today; a blank answer is not counted."
    /// Both in one line for a small window.
    static let compactHeadline = "Answer for today (blank: not counted)"

    public var minimumSize: Size { Size(width: 40, height: 12) }
    enum KeyCommand: Sendable { case move, start, back, less, more, digit, toggle, yes, no }

    static let keyTable = KeyTable<KeyCommand>([
        KeyBinding("Enter", "start", footer: true, keys: [.key(.enter)], .start),
        KeyTable.listMoves("move", .move),
        KeyBinding("←→ 0-9", "change", footer: true, keys: [.key(.left), .char("h"), .char("-")], .less),
        KeyBinding("", "", keys: [.key(.right), .char("l"), .char("+")], .more),
        KeyBinding("", "", keys: [.digit], .digit),
        KeyBinding("Space y n", "warning sign", footer: true, keys: [.char(" ")], .toggle),
        KeyBinding("", "", keys: [.char("y"), .char("Y")], .yes),
        KeyBinding("", "", keys: [.char("n"), .char("N")], .no),
        KeyBinding("Esc", "back", keys: [.key(.escape), .key(.backspace)], .back),
    ])

    public var keys: [KeyHelp] { Self.keyTable.help }
    public func ignores(_ key: Key) -> Bool { !Self.keyTable.takes(key) }

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        guard case let .key(key) = event, let command = Self.keyTable.command(for: key) else { return [] }
        let row = rows[selection.index]
        switch command {
        case .move:
            selection.handle(key)
        case .start:
            return [.open(next(checkIn), replacing: true)]
        case .back:
            return [.pop]
        case .less:
            change(row, by: -1)
        case .more:
            change(row, by: 1)
        case .digit:
            guard case let .pain(injury) = row, case let .character(c) = key, let digit = c.wholeNumberValue else { return [] }
            checkIn.pain[injury] = typedOne && digit == 0 ? 10 : digit
            typedOne = digit == 1 && !typedOne
            return []
        case .toggle:
            if case let .sign(sign) = row { toggle(sign, on: !checkIn.newSigns.contains(sign)) }
        case .yes:
            if case let .sign(sign) = row { toggle(sign, on: true) }
        case .no:
            if case let .sign(sign) = row { toggle(sign, on: false) }
        }
        typedOne = false
        return []
    }

    /// Left and right walk a ladder that starts at "not answered": pain 0 to 10, the morning better, the
    /// same, worse. Left from the first answer takes the answer back.
    private mutating func change(_ row: Row, by step: Int) {
        switch row {
        case let .pain(injury):
            checkIn.pain[injury] = Self.step(checkIn.pain[injury], by: step, through: Array(Profile.painRange))
        case .morning:
            checkIn.morningAfter = Self.step(checkIn.morningAfter, by: step, through: CheckIn.MorningAfter.allCases)
        case .sign:
            break
        }
    }

    private static func step<Answer: Equatable>(_ answer: Answer?, by step: Int, through answers: [Answer]) -> Answer? {
        let ladder: [Answer?] = [nil] + answers.map(Optional.some)
        let index = ladder.firstIndex(of: answer) ?? 0
        return ladder[min(ladder.count - 1, max(0, index + step))]
    }

    private mutating func toggle(_ sign: RedFlag, on: Bool) {
        if on { checkIn.newSigns.insert(sign) } else { checkIn.newSigns.remove(sign) }
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let g = context.glyphs
        // A small window keeps one line of words above the questions, and short rows ("pain now 3/10").
        let compact = area.height < 14 || area.width < 60
        let inner = area.inset(dx: compact ? 0 : 2, dy: compact ? 0 : 1)
        var y = inner.y
        if compact {
            canvas.write(TextWrap.truncate(Self.compactHeadline, width: inner.width, ellipsis: g.ellipsis), x: inner.x, y: y, style: .emphasis, clip: inner)
            y += 1
        } else {
            canvas.write(Self.headline, x: inner.x, y: y, style: .emphasis, clip: inner)
            canvas.write(Self.blankMeans, x: inner.x, y: y + 1, style: .hint, clip: inner)
            y += 3
        }
        let signHeader = rows.firstIndex { if case .sign = $0 { true } else { false } }
        let visible = selection.window(height: max(1, inner.maxY - y - 1))
        for i in visible {
            if i == signHeader {
                let header = compact ? "Since last time? (Space y n)" : "Since your last session, any of these? (Space, y or n)"
                canvas.write(header, x: inner.x, y: y, style: .hint, clip: inner)
                y += 1
            }
            guard y < inner.maxY else { break }
            let selected = i == selection.index
            let text: String
            var style: Style = selected ? .selected : .plain
            switch rows[i] {
            case let .pain(injury):
                let hint = checkIn.pain[injury] == nil ? questions.painHints[injury].map { "  (last time \($0)/10)" } ?? "" : ""
                let pain = "\(checkIn.pain[injury].map(String.init) ?? "?")/10"
                text = compact ? "\(injury.title): pain \(pain)" + (selected ? " \(g.separator) Enter start" : "")
                    : "\(injury.title): pain now  < \(pain) >\(hint)"
            case .morning:
                text = compact ? "Morning after: < \(checkIn.morningAfter?.phrase ?? "?") >"
                    : "The morning after your last session:  < \(checkIn.morningAfter?.phrase ?? "not answered") >"
            case let .sign(sign):
                let on = checkIn.newSigns.contains(sign)
                text = "[\(on ? "x" : " ")] \(sign.question)"
                if on && !selected { style = .danger }
            }
            let row = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            if selected { canvas.fill(row, style: .selected) }
            // The marker shows the row in use without colours or reverse video too.
            let marked = (selected ? g.pointer : " ") + " " + text
            canvas.write(TextWrap.truncate(marked, width: inner.width, ellipsis: g.ellipsis), x: inner.x, y: y, style: style, clip: row)
            y += 1
        }
    }
}
