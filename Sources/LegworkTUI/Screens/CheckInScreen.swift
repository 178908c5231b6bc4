import LegworkKit

/// The check-in before a strength session: pain now for each current injury, the morning after the last
/// session, and any new warning sign. Made to take under ten seconds: it opens with the last answers, and
/// Enter keeps them. A warning sign changes only on an explicit key (Space, `y` or `n`), never by accident.
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
    let rows: [Row]
    var selection: ListSelection
    let next: Next
    /// The first digit typed on a pain row, so "1" then "0" makes 10.
    private var typedOne = false

    public init(defaults: CheckIn, next: @escaping Next) {
        checkIn = defaults
        var rows: [Row] = Injury.allCases.filter { defaults.pain[$0] != nil }.map(Row.pain)
        if defaults.morningAfter != nil { rows.append(.morning) }
        rows += RedFlag.allCases.map(Row.sign)
        self.rows = rows
        selection = ListSelection(count: rows.count)
        self.next = next
    }

    public var title: String { "Check-in" }
    public var minimumSize: Size { Size(width: 60, height: 20) }
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

    private mutating func change(_ row: Row, by step: Int) {
        switch row {
        case let .pain(injury):
            checkIn.pain[injury] = min(10, max(0, (checkIn.pain[injury] ?? 0) + step))
        case .morning:
            let all = CheckIn.MorningAfter.allCases
            let index = all.firstIndex(of: checkIn.morningAfter ?? .same) ?? 1
            checkIn.morningAfter = all[min(all.count - 1, max(0, index + step))]
        case .sign:
            break
        }
    }

    private mutating func toggle(_ sign: RedFlag, on: Bool) {
        if on { checkIn.newSigns.insert(sign) } else { checkIn.newSigns.remove(sign) }
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let g = context.glyphs
        let inner = area.inset(dx: 2, dy: 1)
        var y = inner.y
        canvas.write("Before you start: a few seconds. Enter keeps these answers.", x: inner.x, y: y, style: .emphasis, clip: inner)
        y += 2
        let signHeader = rows.firstIndex { if case .sign = $0 { true } else { false } }
        let visible = selection.window(height: max(1, inner.maxY - y - 1))
        for i in visible {
            if i == signHeader {
                canvas.write("Since your last session, any of these? (Space, y or n)", x: inner.x, y: y, style: .hint, clip: inner)
                y += 1
            }
            guard y < inner.maxY else { break }
            let selected = i == selection.index
            let text: String
            var style: Style = selected ? .selected : .plain
            switch rows[i] {
            case let .pain(injury):
                text = "\(injury.title): pain now  < \(checkIn.pain[injury] ?? 0)/10 >"
            case .morning:
                text = "The morning after your last session:  < \((checkIn.morningAfter ?? .same).phrase) >"
            case let .sign(sign):
                let on = checkIn.newSigns.contains(sign)
                text = "[\(on ? "x" : " ")] \(sign.question)"
                if on && !selected { style = .danger }
            }
            let row = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            if selected { canvas.fill(row, style: .selected) }
            canvas.write(TextWrap.truncate(text, width: inner.width, ellipsis: g.ellipsis), x: inner.x, y: y, style: style, clip: row)
            y += 1
        }
    }
}
